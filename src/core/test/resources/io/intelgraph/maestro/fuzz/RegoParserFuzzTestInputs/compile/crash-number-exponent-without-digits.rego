package p

x := 1e
