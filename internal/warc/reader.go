package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ErrTruncated is wrapped by the error of an archive that ends inside a
// record or inside a gzip member: the records before it were complete.
var ErrTruncated = errors.New("WARC archive cut short")

// Limits on a record's header, which is held in memory.
const (
	maxLine        = 64 << 10 // one header line
	maxHeaderBytes = 1 << 20  // all lines of one header
)

// Record is one record as Reader.Next returns it. Its Block is valid until
// the next call to Next.
type Record struct {
	// Version is the record's version line, e.g. "WARC/1.1".
	Version string
	Header  Header
	// ContentLength is the size of the content block in bytes.
	ContentLength int64
	// Offset is where the record starts in the file: for a gzipped file,
	// the offset of the gzip member in which it starts (exact when every
	// record has its own member, as a .warc.gz normally does).
	Offset int64
	// Block reads the content block, at most ContentLength bytes. An
	// error while reading it is an error of the archive: Next returns it
	// too, and Reader.Err reports it.
	Block io.Reader
}

// Type is the record's WARC-Type in lower case: "response", "resource"…
func (r *Record) Type() string { return strings.ToLower(strings.TrimSpace(r.Header.Get("WARC-Type"))) }

// TargetURI is the WARC-Target-URI, without the angle brackets some
// writers put around it.
func (r *Record) TargetURI() string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(r.Header.Get("WARC-Target-URI")), "<"), ">")
}

// ID is the WARC-Record-ID, e.g. "<urn:uuid:…>".
func (r *Record) ID() string { return strings.TrimSpace(r.Header.Get("WARC-Record-ID")) }

// Date is the WARC-Date in UTC; ok is false when it is missing or unreadable.
func (r *Record) Date() (t time.Time, ok bool) { return parseDate(r.Header.Get("WARC-Date")) }

// ContentType is the record's Content-Type: "application/http;
// msgtype=response" for an HTTP response, the page's type for a resource.
func (r *Record) ContentType() string { return strings.TrimSpace(r.Header.Get("Content-Type")) }

// Reader reads the records of a WARC file, plain or gzipped (one gzip
// member per record or one for the whole file), as a stream.
type Reader struct {
	file *counter      // the bytes of the file
	gz   *members      // nil for a plain file
	buf  *bufio.Reader // the uncompressed records
	out  func() int64  // uncompressed bytes delivered to buf
	cur  *block        // the previous record's block, to skip what is left
	err  error         // sticky: the archive cannot be read further
}

// NewReader returns a Reader of the WARC file r; it reads a gzip member
// at the start to decide whether the file is gzipped.
func NewReader(r io.Reader) (*Reader, error) {
	file := &counter{r: r}
	fbuf := bufio.NewReaderSize(file, 64<<10)
	wr := &Reader{file: file}
	if magic, _ := fbuf.Peek(2); len(magic) > 0 && magic[0] == 0x1f && (len(magic) == 1 || magic[1] == 0x8b) {
		gz, err := gzip.NewReader(fbuf)
		if err != nil {
			if err = noEOF(err); err == io.ErrUnexpectedEOF {
				return nil, fmt.Errorf("%w: the gzip member at byte 0 is incomplete (the file ends at byte %d)", ErrTruncated, file.n)
			}
			return nil, fmt.Errorf("gzip: %w", err)
		}
		gz.Multistream(false)
		m := &members{file: file, fbuf: fbuf, gz: gz, starts: []memberStart{{0, 0}}, broken: -1}
		wr.gz = m
		wr.buf = bufio.NewReaderSize(m, maxLine)
		wr.out = func() int64 { return m.out }
	} else {
		wr.buf = fbuf
		wr.out = func() int64 { return file.n }
	}
	return wr, nil
}

// Err returns the error that stopped the archive, or nil.
func (r *Reader) Err() error {
	if r.err == io.EOF {
		return nil
	}
	return r.err
}

// pos returns the uncompressed offset of the next unread byte.
func (r *Reader) pos() int64 { return r.out() - int64(r.buf.Buffered()) }

// fileOffset maps an uncompressed offset to an offset in the file.
func (r *Reader) fileOffset(u int64) int64 {
	if r.gz == nil {
		return u
	}
	return r.gz.fileOffset(u)
}

// Next returns the next record, io.EOF after the last one, or the error
// that stops the archive: a truncated record (wrapping ErrTruncated),
// damaged gzip data, or bytes that are no WARC record. Errors are sticky.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.cur != nil {
		// Skip the rest of the previous block, in constant memory.
		io.Copy(io.Discard, r.cur)
		r.cur = nil
		if r.err != nil {
			return nil, r.err
		}
	}
	rec, err := r.next()
	if err != nil {
		r.err = err
		return nil, err
	}
	return rec, nil
}

func (r *Reader) next() (*Record, error) {
	// Records end with CRLF CRLF; some writers add more blank lines, some
	// fewer. Skip them all.
	for {
		c, err := r.buf.ReadByte()
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			off := r.fileOffset(r.pos())
			if r.gz != nil && r.gz.broken >= 0 {
				off = r.gz.broken
			}
			return nil, r.streamErr(err, off)
		}
		if c != '\r' && c != '\n' {
			r.buf.UnreadByte()
			break
		}
	}
	off := r.fileOffset(r.pos())
	if head, _ := r.buf.Peek(60); !bytes.HasPrefix([]byte("WARC/"), head[:min(len(head), 5)]) {
		head, _, _ = bytes.Cut(head, []byte("\n"))
		return nil, fmt.Errorf("no WARC record at byte %d: found %q", off, clip(string(bytes.TrimRight(head, "\r"))))
	}
	line, err := r.line(off)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("no WARC record at byte %d: found %q", off, clip(line))
	}
	rec := &Record{Version: line, Offset: off}
	size := len(line)
	for {
		line, err := r.line(off)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		if size += len(line); size > maxHeaderBytes {
			return nil, fmt.Errorf("WARC record at byte %d: header larger than %d bytes", off, maxHeaderBytes)
		}
		if (line[0] == ' ' || line[0] == '\t') && len(rec.Header) > 0 {
			rec.Header[len(rec.Header)-1].Value += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("WARC record at byte %d: header line without a colon: %q", off, clip(line))
		}
		rec.Header = append(rec.Header, Field{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	cl := rec.Header.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("WARC record at byte %d: bad Content-Length %q", off, clip(cl))
	}
	rec.ContentLength = n
	r.cur = &block{r: r, left: n, off: off}
	rec.Block = r.cur
	return rec, nil
}

// line reads one header line without its line end.
func (r *Reader) line(off int64) (string, error) {
	b, err := r.buf.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return "", fmt.Errorf("WARC record at byte %d: header line longer than %d bytes", off, maxLine)
	}
	if err != nil {
		return "", r.streamErr(err, off)
	}
	return string(bytes.TrimRight(b, "\r\n")), nil
}

// streamErr describes a read error inside the record that starts at off:
// an early end is a truncation.
func (r *Reader) streamErr(err error, off int64) error {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: the record at byte %d is incomplete (the file ends at byte %d)", ErrTruncated, off, r.file.n)
	}
	return fmt.Errorf("WARC record at byte %d: %w", off, err)
}

// block reads one record's content block.
type block struct {
	r    *Reader
	left int64
	off  int64
}

func (b *block) Read(p []byte) (int, error) {
	if b.r.err != nil {
		return 0, b.r.err
	}
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.buf.Read(p)
	b.left -= int64(n)
	if err != nil && !(err == io.EOF && b.left == 0) {
		b.r.err = b.r.streamErr(err, b.off)
		return n, b.r.err
	}
	return n, nil
}

// counter counts the bytes read from the file.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// memberStart is where a gzip member begins, uncompressed and in the file.
type memberStart struct{ out, file int64 }

// members reads a concatenation of gzip members as one stream, keeping
// where each member starts so that records can be located in the file.
type members struct {
	file   *counter
	fbuf   *bufio.Reader
	gz     *gzip.Reader
	out    int64
	starts []memberStart
	broken int64 // where a member that cannot be read begins, or -1
}

func (m *members) Read(p []byte) (int, error) {
	for {
		n, err := m.gz.Read(p)
		m.out += int64(n)
		if err != io.EOF {
			return n, err
		}
		// The member ended: is another one there?
		if _, perr := m.fbuf.Peek(1); perr != nil {
			if perr == io.EOF {
				return n, io.EOF
			}
			return n, perr
		}
		at := m.file.n - int64(m.fbuf.Buffered())
		if magic, _ := m.fbuf.Peek(2); magic[0] != 0x1f || len(magic) == 2 && magic[1] != 0x8b {
			return n, fmt.Errorf("not gzip data at byte %d", at)
		}
		if err := m.gz.Reset(m.fbuf); err != nil {
			m.broken = at
			if errors.Is(err, gzip.ErrHeader) {
				return n, fmt.Errorf("not gzip data at byte %d", at)
			}
			return n, noEOF(err)
		}
		m.gz.Multistream(false)
		m.starts = append(m.starts, memberStart{m.out, at})
		if n > 0 {
			return n, nil
		}
	}
}

// fileOffset returns the file offset of the member holding uncompressed
// byte u, forgetting the members before it: offsets are asked in order.
func (m *members) fileOffset(u int64) int64 {
	i := 0
	for i+1 < len(m.starts) && m.starts[i+1].out <= u {
		i++
	}
	m.starts = m.starts[i:]
	return m.starts[0].file
}

// noEOF turns an io.EOF inside a gzip header into io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
