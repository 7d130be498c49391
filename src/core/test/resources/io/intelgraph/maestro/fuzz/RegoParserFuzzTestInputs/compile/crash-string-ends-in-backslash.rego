package p

x := "ends in a backslash\