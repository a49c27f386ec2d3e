package ner

import "math/bits"

// featTable maps feature hashes to weight rows: an open-addressing hash
// table with linear probing, several times faster to query than a Go map
// on the tagger's hot path. A key and its row share a slot, so that a
// look-up usually touches one cache line.
type featTable struct {
	slots []featSlot
	shift uint
	n     int
	// zero holds the row of the hash 0, which cannot be stored as a key
	// (-1: none).
	zero int32
}

// featSlot is one entry of a featTable; key 0 marks an empty slot.
type featSlot struct {
	key uint64
	row int32
}

// newFeatTable returns a table for n entries at a load of at most one half.
func newFeatTable(n int) *featTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &featTable{slots: make([]featSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size))), zero: -1}
}

func (t *featTable) slot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

// set stores row for the hash h, which must not be in the table yet.
func (t *featTable) set(h uint64, row int32) {
	t.n++
	if h == 0 {
		t.zero = row
		return
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		if t.slots[i].key == 0 {
			t.slots[i] = featSlot{h, row}
			return
		}
	}
}

// get returns the row of h.
func (t *featTable) get(h uint64) (int32, bool) {
	if h == 0 {
		return t.zero, t.zero >= 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.key {
		case h:
			return s.row, true
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
	for _, s := range t.slots {
		if s.key != 0 {
			f(s.key, s.row)
		}
	}
}
