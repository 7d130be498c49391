package p

x := 1.2.3
