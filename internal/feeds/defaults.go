package feeds

import (
	"bytes"
	_ "embed"
	"fmt"
)

// arabicOPML is marsad's default source list: the public RSS feeds of
// major Arabic news sources, written by hand.
//
//go:embed data/arabic.opml
var arabicOPML []byte

// DefaultSources returns marsad's default list of Arabic news sources
// (data/arabic.opml), each of kind "feed". The list is part of the binary;
// a test checks that it reads.
func DefaultSources() []Outline {
	out, err := ReadOPML(bytes.NewReader(arabicOPML))
	if err != nil {
		panic(fmt.Sprintf("feeds: embedded data/arabic.opml: %v", err))
	}
	return out
}
