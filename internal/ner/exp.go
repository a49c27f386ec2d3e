package ner

import (
	"os"
	"strings"
)

var expFlags = strings.Split(os.Getenv("NER_EXP"), ",")

func expOn(name string) bool {
	for _, f := range expFlags {
		if f == name {
			return true
		}
	}
	return false
}
