package p

x := "\u12