package charset

// shape describes the byte structure of a double-byte encoding, so that the
// detector can count invalid sequences without decoding.
type shape struct {
	kind  [256]byteKind
	trail [256]bool // valid second bytes
	// gb18030 allows four-byte sequences: lead, 0x30-0x39, lead, 0x30-0x39.
	gb18030 bool
}

type byteKind uint8

const (
	ascii   byteKind = iota
	single           // a character of one non-ASCII byte
	lead             // the first of two bytes
	lead3            // the first of three bytes (EUC-JP 0x8F)
	invalid          // never valid here
)

// newShape returns a shape whose non-ASCII bytes are invalid.
func newShape() *shape {
	s := new(shape)
	for b := 0x80; b <= 0xFF; b++ {
		s.kind[b] = invalid
	}
	return s
}

func (s *shape) set(kind byteKind, lo, hi byte) {
	for b := int(lo); b <= int(hi); b++ {
		s.kind[b] = kind
	}
}

func (s *shape) setTrail(lo, hi byte) {
	for b := int(lo); b <= int(hi); b++ {
		s.trail[b] = true
	}
}

// The shapes follow the decoders of the WHATWG Encoding Standard.

func gbkShape() *shape {
	s := newShape()
	s.set(lead, 0x81, 0xFE)
	s.setTrail(0x40, 0x7E)
	s.setTrail(0x80, 0xFE)
	s.gb18030 = true
	return s
}

func big5Shape() *shape {
	s := newShape()
	s.set(lead, 0x81, 0xFE)
	s.setTrail(0x40, 0x7E)
	s.setTrail(0xA1, 0xFE)
	return s
}

func shiftJISShape() *shape {
	s := newShape()
	s.set(single, 0xA1, 0xDF) // half-width katakana
	s.set(lead, 0x81, 0x9F)
	s.set(lead, 0xE0, 0xFC)
	s.setTrail(0x40, 0x7E)
	s.setTrail(0x80, 0xFC)
	return s
}

func eucJPShape() *shape {
	s := newShape()
	s.set(lead, 0xA1, 0xFE)
	s.set(lead, 0x8E, 0x8E) // half-width katakana, trail 0xA1-0xDF
	s.set(lead3, 0x8F, 0x8F)
	s.setTrail(0xA1, 0xFE)
	return s
}

func eucKRShape() *shape {
	s := newShape()
	s.set(lead, 0x81, 0xFE)
	s.setTrail(0x41, 0x5A)
	s.setTrail(0x61, 0x7A)
	s.setTrail(0x81, 0xFE)
	return s
}

// invalid counts the sequences of b that the encoding cannot decode. After
// an invalid lead byte the count resumes at the next byte, as the decoders
// do when the second byte is ASCII.
func (s *shape) invalid(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		switch s.kind[b[i]] {
		case ascii, single:
			i++
		case lead:
			switch {
			case i+1 < len(b) && s.trail[b[i+1]]:
				i += 2
			case s.gb18030 && i+3 < len(b) && isDigit(b[i+1]) && s.kind[b[i+2]] == lead && isDigit(b[i+3]):
				i += 4
			default:
				n++
				i++
			}
		case lead3:
			if i+2 < len(b) && s.trail[b[i+1]] && s.trail[b[i+2]] {
				i += 3
			} else {
				n++
				i++
			}
		default:
			n++
			i++
		}
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
