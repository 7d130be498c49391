package p

x := "\uZZZZ"
