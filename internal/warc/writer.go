package warc

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// ErrClosed is returned by a Writer's methods after Close.
var ErrClosed = errors.New("WARC writer closed")

// WriterOptions tune a Writer. The zero value is usable.
type WriterOptions struct {
	// Prefix begins every file name: PREFIX-YYYYMMDDhhmmss-NNNNN.warc.gz
	// ("marsad").
	Prefix string
	// MaxSize is the size in bytes past which a file is closed and the
	// next one begun (1 GiB). A file always takes its first fetch, so a
	// single fetch larger than MaxSize makes a file of its own.
	MaxSize int64
	// Software names the writing program in each file's warcinfo record
	// ("marsad").
	Software string
}

// Fetch is one HTTP exchange as the crawler saw it.
type Fetch struct {
	// URL is the address fetched: the WARC-Target-URI.
	URL string
	// Date is when the fetch began (time.Now when zero).
	Date time.Time
	// IP is the server's address, when known (WARC-IP-Address).
	IP string
	// Request is the HTTP request as sent (see RequestBytes); nil writes
	// no request record.
	Request []byte
	// Response is the HTTP response: status line, headers, blank line and
	// body (see ResponseBytes).
	Response []byte
}

// Location is where a record was written, to find it again.
type Location struct {
	// File is the file's name in the Writer's directory, as it is once
	// closed (without the ".open" it bears while written).
	File string
	// Offset is where the record's gzip member begins in the file.
	Offset int64
	// Length is the size of the gzip member.
	Length int64
	// ID is the record's WARC-Record-ID.
	ID string
}

// Writer writes records to gzipped WARC files in a directory, one gzip
// member per record, beginning a new file when the current one passes
// MaxSize. Each file starts with a warcinfo record; while it is written it
// is named NAME.warc.gz.open, and renamed to NAME.warc.gz when closed, so
// that readers of the directory see only finished files. Records are
// compressed by the calling goroutine and appended under a lock: a Writer
// is safe for concurrent use, and the records of one call stay together.
type Writer struct {
	dir  string
	opts WriterOptions

	mu     sync.Mutex
	f      *os.File
	name   string // the final name of the current file
	size   int64
	serial int
	closed bool
	// gz keeps compressors between records: each holds about 800 KiB.
	gz sync.Pool
}

// NewWriter returns a Writer of files in dir, creating dir if needed. The
// first file is created by the first write.
func NewWriter(dir string, opts WriterOptions) (*Writer, error) {
	if opts.Prefix == "" {
		opts.Prefix = "marsad"
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = 1 << 30
	}
	if opts.Software == "" {
		opts.Software = "marsad"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("WARC directory: %w", err)
	}
	w := &Writer{dir: dir, opts: opts}
	w.gz.New = func() any { return gzip.NewWriter(nil) }
	return w, nil
}

// WriteFetch writes a request record (when f.Request is set) and a
// response record that refers to it, and returns where the response
// record is.
func (w *Writer) WriteFetch(f Fetch) (Location, error) {
	date := f.Date
	if date.IsZero() {
		date = time.Now()
	}
	respID := NewRecordID()
	resp := Header{
		{"WARC-Type", TypeResponse},
		{"WARC-Record-ID", respID},
		{"WARC-Date", formatDate(date)},
		{"WARC-Target-URI", f.URL},
	}
	if f.IP != "" {
		resp = append(resp, Field{"WARC-IP-Address", f.IP})
	}
	resp = append(resp,
		Field{"Content-Type", "application/http; msgtype=response"},
		Field{"WARC-Block-Digest", DigestSHA1(f.Response)},
		Field{"WARC-Payload-Digest", DigestSHA1(httpPayload(f.Response))},
	)
	members := [][]byte{w.member(resp, f.Response)}
	if f.Request != nil {
		req := Header{
			{"WARC-Type", TypeRequest},
			{"WARC-Record-ID", NewRecordID()},
			{"WARC-Date", formatDate(date)},
			{"WARC-Target-URI", f.URL},
			{"WARC-Concurrent-To", respID},
			{"Content-Type", "application/http; msgtype=request"},
			{"WARC-Block-Digest", DigestSHA1(f.Request)},
		}
		members = append(members, w.member(req, f.Request))
	}
	locs, err := w.append(members)
	if err != nil {
		return Location{}, err
	}
	locs[0].ID = respID
	return locs[0], nil
}

// WriteResource writes a resource record: a page obtained without an HTTP
// exchange of its own, such as one rendered by a browser.
func (w *Writer) WriteResource(uri string, date time.Time, contentType string, body []byte) (Location, error) {
	if date.IsZero() {
		date = time.Now()
	}
	id := NewRecordID()
	h := Header{
		{"WARC-Type", TypeResource},
		{"WARC-Record-ID", id},
		{"WARC-Date", formatDate(date)},
		{"WARC-Target-URI", uri},
		{"Content-Type", contentType},
		{"WARC-Block-Digest", DigestSHA1(body)},
		{"WARC-Payload-Digest", DigestSHA1(body)},
	}
	locs, err := w.append([][]byte{w.member(h, body)})
	if err != nil {
		return Location{}, err
	}
	locs[0].ID = id
	return locs[0], nil
}

// append writes gzip members one after the other in the current file,
// rotating first when they would take it past MaxSize.
func (w *Writer) append(members [][]byte) ([]Location, error) {
	total := int64(0)
	for _, m := range members {
		total += int64(len(m))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, ErrClosed
	}
	if w.f != nil && w.size+total > w.opts.MaxSize {
		if err := w.closeFile(); err != nil {
			return nil, err
		}
	}
	if w.f == nil {
		if err := w.openFile(); err != nil {
			return nil, err
		}
	}
	locs := make([]Location, len(members))
	for i, m := range members {
		if _, err := w.f.Write(m); err != nil {
			return nil, fmt.Errorf("WARC write %s: %w", w.name, err)
		}
		locs[i] = Location{File: w.name, Offset: w.size, Length: int64(len(m))}
		w.size += int64(len(m))
	}
	return locs, nil
}

// openFile creates the next file and writes its warcinfo record.
func (w *Writer) openFile() error {
	stamp := time.Now().UTC().Format("20060102150405")
	for {
		name := fmt.Sprintf("%s-%s-%05d.warc.gz", w.opts.Prefix, stamp, w.serial)
		w.serial++
		path := filepath.Join(w.dir, name)
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		f, err := os.OpenFile(path+".open", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("WARC file: %w", err)
		}
		info := []byte("software: " + w.opts.Software + "\r\n" +
			"format: WARC File Format 1.1\r\n" +
			"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
		h := Header{
			{"WARC-Type", TypeWarcinfo},
			{"WARC-Record-ID", NewRecordID()},
			{"WARC-Date", formatDate(time.Now())},
			{"WARC-Filename", name},
			{"Content-Type", "application/warc-fields"},
			{"WARC-Block-Digest", DigestSHA1(info)},
		}
		m := w.member(h, info)
		if _, err := f.Write(m); err != nil {
			f.Close()
			os.Remove(f.Name())
			return fmt.Errorf("WARC write %s: %w", name, err)
		}
		w.f, w.name, w.size = f, name, int64(len(m))
		return nil
	}
}

// closeFile closes the current file and gives it its final name.
func (w *Writer) closeFile() error {
	f := w.f
	w.f = nil
	if err := f.Close(); err != nil {
		return fmt.Errorf("WARC close %s: %w", w.name, err)
	}
	if err := os.Rename(f.Name(), filepath.Join(w.dir, w.name)); err != nil {
		return fmt.Errorf("WARC close: %w", err)
	}
	return nil
}

// Rotate closes the current file, if any; the next write begins a new one.
func (w *Writer) Rotate() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrClosed
	}
	if w.f == nil {
		return nil
	}
	return w.closeFile()
}

// Close closes the current file; writes after it fail with ErrClosed.
// Every record written before it is in a finished file.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	if w.f == nil {
		return nil
	}
	return w.closeFile()
}

// member returns one record as a gzip member: the version line, the
// header with Content-Length, a blank line, the block and CRLF CRLF.
func (w *Writer) member(h Header, block []byte) []byte {
	var raw bytes.Buffer
	raw.Grow(512 + len(block))
	raw.WriteString("WARC/1.1\r\n")
	for _, f := range h {
		raw.WriteString(f.Name + ": " + f.Value + "\r\n")
	}
	raw.WriteString("Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n")
	raw.Write(block)
	raw.WriteString("\r\n\r\n")
	var out bytes.Buffer
	out.Grow(raw.Len()/3 + 64)
	zw := w.gz.Get().(*gzip.Writer)
	zw.Reset(&out)
	zw.Write(raw.Bytes())
	zw.Close()
	w.gz.Put(zw)
	return out.Bytes()
}

// NewRecordID returns a new WARC-Record-ID: a random (version 4) UUID URN
// in angle brackets.
func NewRecordID() string {
	var u [16]byte
	rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", u[0:4], u[4:6], u[6:8], u[8:10], u[10:])
}

func formatDate(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// httpPayload returns the entity body of an HTTP message: what follows
// the first blank line.
func httpPayload(msg []byte) []byte {
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		return msg[i+4:]
	}
	if i := bytes.Index(msg, []byte("\n\n")); i >= 0 {
		return msg[i+2:]
	}
	return nil
}
