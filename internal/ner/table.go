package ner

import "math/bits"

// featTable maps feature hashes to weight rows: an open-addressing hash
// table with linear probing, several times faster to query than a Go map
// on the tagger's hot path.
type featTable struct {
	keys  []uint64 // 0 marks an empty slot
	rows  []int32
	shift uint
	n     int
	// zero holds the row of the hash 0, which cannot be stored as a key
	// (-1: none).
	zero int32
}

// newFeatTable returns a table for n entries at a load of at most one half.
func newFeatTable(n int) *featTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &featTable{keys: make([]uint64, size), rows: make([]int32, size), shift: uint(64 - bits.TrailingZeros(uint(size))), zero: -1}
}

func (t *featTable) slot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

// set stores row for the hash h, which must not be in the table yet.
func (t *featTable) set(h uint64, row int32) {
	t.n++
	if h == 0 {
		t.zero = row
		return
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		if t.keys[i] == 0 {
			t.keys[i], t.rows[i] = h, row
			return
		}
	}
}

// get returns the row of h.
func (t *featTable) get(h uint64) (int32, bool) {
	if h == 0 {
		return t.zero, t.zero >= 0
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return t.rows[i], true
		case 0:
			return 0, false
		}
	}
}

// each calls f for every entry, in no particular order.
func (t *featTable) each(f func(h uint64, row int32)) {
	if t.zero >= 0 {
		f(0, t.zero)
	}
	for i, h := range t.keys {
		if h != 0 {
			f(h, t.rows[i])
		}
	}
}
