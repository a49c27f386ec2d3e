package ingest

import (
	"fmt"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		it   Item
		want []string // name=data of each item
	}{
		{"array", Item{Name: "a.json", Data: []byte(` [{"text":"أ"}, {"text":"ب"}] `)},
			[]string{`a.json#1={"text":"أ"}`, `a.json#2={"text":"ب"}`}},
		{"JSON Lines", Item{Name: "b.jsonl", Kind: "json", Data: []byte("{\"text\":\"أ\"}\n\n{bad\n")},
			[]string{`b.jsonl#1={"text":"أ"}`, `b.jsonl#2={bad`}},
		{"one object", Item{Name: "c.json", Data: []byte(`{"text":"أ"}`)}, []string{`c.json={"text":"أ"}`}},
		{"HTML", Item{Name: "d.html", Kind: "html", Data: []byte("<p>[1]</p>")}, []string{`d.html=<p>[1]</p>`}},
		{"a broken array", Item{Name: "e.json", Kind: "json", Data: []byte(`[{"text":`)}, []string{`e.json=[{"text":`}},
		{"empty", Item{Name: "f.json", Data: nil}, []string{`f.json=`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range Split(tt.it) {
				got = append(got, it.Name+"="+string(it.Data))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
