package charset

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode converts body with the chosen encoding.
func (c choice) decode(body []byte) string {
	b := body[c.skip:]
	if c.enc == nil {
		return decodeUTF8(b, c.valid, c.tail)
	}
	if cm, ok := c.enc.(*charmap.Charmap); ok {
		if c.ascii {
			return decodeUTF8(b, true, 0) // every single-byte encoding extends ASCII
		}
		return decodeSingleByte(b, cm)
	}
	return decodeWith(b, c.enc)
}

// decodeUTF8 returns b as a string. If valid is true, b less its last tail
// bytes is known to be valid UTF-8, and the common case costs one copy.
func decodeUTF8(b []byte, valid bool, tail int) string {
	if !valid {
		tail = incompleteTail(b)
		valid = utf8.Valid(b[:len(b)-tail])
	}
	if valid && bytes.IndexByte(b, 0) < 0 {
		if tail == 0 {
			return string(b)
		}
		// A download cut inside the last character: one U+FFFD, as the
		// Encoding Standard's decoder gives for the cut-off sequence.
		out := make([]byte, 0, len(b)-tail+utf8.UTFMax)
		out = append(out, b[:len(b)-tail]...)
		return string(utf8.AppendRune(out, utf8.RuneError))
	}
	return decodeWith(b, unicode.UTF8)
}

// decodeSingleByte decodes b with a single-byte encoding. A table holds,
// for each byte, its UTF-8 sequence (at most three bytes, as every
// single-byte encoding stays in the BMP) in the low bytes of a uint32 and
// the sequence's length in the high byte. A first pass sizes the output
// exactly; the second stores four bytes per input byte and advances by the
// length, so the buffer has room for four past the end.
func decodeSingleByte(b []byte, cm *charmap.Charmap) string {
	var table [256]uint32
	for i := range table {
		r := cm.DecodeByte(byte(i))
		if r == 0 || r >= 0x10000 {
			continue // drop NUL; nothing decodes beyond the BMP
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		table[i] = binary.LittleEndian.Uint32(buf[:]) | uint32(n)<<24
	}
	total := 0
	for _, c := range b {
		total += int(table[c] >> 24)
	}
	out := make([]byte, total+4)
	j := 0
	for _, c := range b {
		e := table[c]
		binary.LittleEndian.PutUint32(out[j:], e)
		j += int(e >> 24)
	}
	return string(out[:j])
}

// decodeWith decodes b with any x/text encoding, then drops NULs. The
// decoders replace invalid input with U+FFFD; the final check only guards
// the promise of valid UTF-8.
func decodeWith(b []byte, enc encoding.Encoding) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// The decoders in use write U+FFFD rather than fail; should one
		// fail, keep what it decoded rather than lose the page.
		out = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if bytes.IndexByte(out, 0) >= 0 {
		out = dropNUL(out)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return string(out)
}

// dropNUL removes zero bytes from b in place.
func dropNUL(b []byte) []byte {
	out := b[:0]
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		b = b[i+1:]
	}
	return out
}

// asciiPrefix returns the length of the longest prefix of b that is ASCII,
// testing eight bytes at a time.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// incompleteTail returns the length of a UTF-8 sequence cut off at the end
// of b: a lead byte and fewer continuation bytes than it announces. It
// returns 0 if b ends with a whole character or with invalid bytes.
func incompleteTail(b []byte) int {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(b); i++ {
		c := b[len(b)-i]
		switch {
		case c < utf8.RuneSelf:
			return 0
		case c >= 0xC0: // a lead byte
			if utf8.FullRune(b[len(b)-i:]) {
				return 0
			}
			return i
		}
	}
	return 0
}

// utf8Stats counts, in a sample, the multi-byte UTF-8 sequences that are
// valid and the non-ASCII bytes that are not part of one.
type utf8Stats struct {
	valid, invalid int
}

func countUTF8(b []byte) utf8Stats {
	var st utf8Stats
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			st.invalid++
		} else {
			st.valid++
		}
		i += size
	}
	return st
}

// nearlyValid reports whether the sample is UTF-8 with rare stray bytes,
// such as a windows-1252 quotation mark pasted into a UTF-8 page. Natural
// text in a legacy encoding almost never forms valid multi-byte sequences:
// in windows-1256, every Arabic letter is a lead byte, and the next letter
// is not a continuation byte.
func (st utf8Stats) nearlyValid() bool {
	return st.valid >= 8 && st.invalid*16 <= st.valid
}

// window returns the sample of body that detection scores, starting a
// little before firstHigh, the offset of the first non-ASCII byte, and the
// number of non-ASCII bytes in it. The sample ends at a byte below 0x40,
// which no multi-byte encoding uses as a continuation byte, when there is
// one close by.
func window(body []byte, firstHigh int) (sample []byte, high int) {
	start := max(0, firstHigh-256)
	end := min(len(body), start+sampleMax)
	i := firstHigh
	for ; i < end; i++ {
		if body[i] >= utf8.RuneSelf {
			high++
			if high == sampleHigh {
				i++
				break
			}
		}
	}
	for limit := min(len(body), i+8); i < limit && body[i] >= 0x40; i++ {
	}
	return body[start:i], high
}
