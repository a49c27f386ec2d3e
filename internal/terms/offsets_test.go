package terms

import "testing"

func TestOffsetMap(t *testing.T) {
	// Input bytes 2–3 are deleted (a two-byte mark), input bytes 7–9 are
	// replaced by output byte 5, and the rest is copied:
	//
	//	input   0 1 [2 3] 4 5 6 [7 8 9] 10 11
	//	output  0 1       2 3 4 [  5  ]  6  7
	var m offsetMap
	m.replace(2, 2, 2, 4)
	m.replace(5, 6, 7, 10)
	tests := []struct {
		name     string
		out      int
		mapStart func(int) int
		want     int
	}{
		{"start before any edit", 0, m.start, 0},
		{"start right after a deletion skips it", 2, m.start, 4},
		{"start in the copy between edits", 3, m.start, 5},
		{"start inside a replacement", 5, m.start, 7},
		{"start after a replacement", 6, m.start, 10},
		{"end before a deletion takes it in", 2, m.end, 4},
		{"end before any edit", 1, m.end, 1},
		{"end in the copy between edits", 4, m.end, 6},
		{"end just before a replacement", 5, m.end, 7},
		{"end after a replacement", 6, m.end, 10},
		{"end of text", 8, m.end, 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.mapStart(tc.out); got != tc.want {
				t.Errorf("output offset %d: got input offset %d, want %d", tc.out, got, tc.want)
			}
		})
	}
}

func TestOffsetMapMergesDeletions(t *testing.T) {
	var m offsetMap
	m.replace(3, 3, 3, 5)
	m.replace(3, 3, 5, 7)
	if len(m.edits) != 1 {
		t.Fatalf("got %d edits, want 1: %+v", len(m.edits), m.edits)
	}
	if got, want := m.edits[0], (edit{3, 3, 3, 7}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
