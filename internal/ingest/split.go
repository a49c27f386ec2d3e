package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Split returns the documents of an item that can be processed one by one,
// by different workers: each element of a JSON document (an array of
// articles, or JSON Lines) as an item of its own, named NAME#N as Process
// names its results, and any other item as it is. An item that cannot be
// read, or a JSON array that does not parse, is returned as it is, for
// Process to report.
func Split(it Item) []Item {
	if it.Err != nil || len(bytes.TrimSpace(it.Data)) == 0 {
		return []Item{it}
	}
	kind := it.Kind
	if kind == "" || kind == "text" {
		kind = sniff(it.Data, kind)
	}
	if kind != "json" {
		return []Item{it}
	}
	var elems []json.RawMessage
	trimmed := bytes.TrimSpace(it.Data)
	switch {
	case trimmed[0] == '[':
		if json.Unmarshal(trimmed, &elems) != nil {
			return []Item{it}
		}
	case json.Valid(trimmed):
		return []Item{it}
	default:
		for line := range bytes.SplitSeq(trimmed, []byte("\n")) {
			if line = bytes.TrimSpace(line); len(line) > 0 {
				elems = append(elems, line)
			}
		}
	}
	if len(elems) == 0 {
		return []Item{it}
	}
	out := make([]Item, len(elems))
	for i, e := range elems {
		out[i] = it
		out[i].Name = fmt.Sprintf("%s#%d", it.Name, i+1)
		out[i].Kind = "json"
		out[i].Data = e
	}
	return out
}
