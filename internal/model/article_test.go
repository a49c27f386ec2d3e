package model

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestArticleJSON(t *testing.T) {
	a := Article{URL: "u", Title: "t", Text: "x"}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"published":null`) {
		t.Errorf("unknown date: %s, want \"published\":null", b)
	}
	a.Published = time.Date(2025, 10, 10, 14, 30, 0, 0, time.FixedZone("", 5*3600))
	b, _ = json.Marshal(a)
	if !strings.Contains(string(b), `"published":"2025-10-10T14:30:00+05:00"`) || strings.Count(string(b), `"published"`) != 1 {
		t.Errorf("known date: %s", b)
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil || !back.Published.Equal(a.Published) {
		t.Errorf("round trip: %v %v", back.Published, err)
	}
}
