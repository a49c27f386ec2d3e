// Command gen writes lexicon_en_cameo.tsv, the English event lexicon that
// marsad derives from PETRARCH2's CAMEO verb dictionary
// (CAMEO.verbpatterns.150430.txt, MIT licence, Open Event Data Alliance),
// with the CAMEO codes mapped to PLOVER by the CAMEO2PLOVER-2021 table.
//
// Usage (from internal/events, as go generate runs it):
//
//	go run ./gen -verbs CAMEO.verbpatterns.150430.txt -plover CAMEO2PLOVER-2021.txt -o lexicon_en_cameo.tsv
//
// It keeps what the coder can match: each verb with its inflections, verb +
// particle compounds (GUN_DOWN), and patterns of the form "* WORD [WORD
// [WORD]] [PREP +]" whose words are plain or a synonym set (&SANCTION).
// Patterns with actors before the verb, skips or other markers are left out.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
)

func main() {
	verbs := flag.String("verbs", "", "PETRARCH2 CAMEO verb pattern file")
	plover := flag.String("plover", "", "CAMEO2PLOVER table")
	out := flag.String("o", "lexicon_en_cameo.tsv", "output file")
	flag.Parse()
	if *verbs == "" || *plover == "" {
		fmt.Fprintln(os.Stderr, "gen: -verbs and -plover are required (see the //go:generate line in lexicon.go)")
		os.Exit(2)
	}
	if err := run(*verbs, *plover, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(verbsPath, ploverPath, outPath string) error {
	pt, err := readPlover(ploverPath)
	if err != nil {
		return err
	}
	vf, err := os.Open(verbsPath)
	if err != nil {
		return err
	}
	defer vf.Close()
	d, err := readVerbs(vf)
	if err != nil {
		return fmt.Errorf("%s: %w", verbsPath, err)
	}
	f, err := os.Create(outPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	n := write(w, d, pt)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %d entries to %s\n", n, outPath)
	return nil
}

// ploverTable maps CAMEO codes to PLOVER types.
type ploverTable map[string]string

var ploverLine = regexp.MustCompile(`^(\d{2,4}):\s*([A-Z]+)`)

// readPlover reads lines "0311: AGREE, mode, context # text".
func readPlover(path string) (ploverTable, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t := ploverTable{}
	for _, ln := range strings.Split(string(b), "\n") {
		if m := ploverLine.FindStringSubmatch(ln); m != nil {
			t[m[1]] = m[2]
		}
	}
	if len(t) < 100 {
		return nil, fmt.Errorf("%s: only %d codes read; is it the CAMEO2PLOVER table?", path, len(t))
	}
	return t, nil
}

// lookup maps a CAMEO code to its PLOVER type, falling back to its
// parent code (0874 → 087); "" when PLOVER drops it (01, 02).
func (t ploverTable) lookup(code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if p, ok := t[c]; ok {
			return p
		}
	}
	return ""
}

// verb is one verb of the dictionary.
type verb struct {
	forms    []string // inflections, lower case
	particle []string // the words after it in a compound (gun down)
	code     string   // its own code or its block's
}

// pattern is a kept pattern of a block.
type pattern struct {
	obj   [][]string // alternative object phrases
	prep  string     // the preposition before the recipient, or ""
	code  string
	verbs []string // the verbs (base forms) it belongs to, nil for all
}

type block struct {
	verbs    []verb
	base     []string // base forms of the verbs, upper case as in the file
	patterns []pattern
}

type dict struct {
	synsets map[string][]string
	blocks  []*block
}

var (
	blockHead = regexp.MustCompile(`^---\s*(\S+)\s*\[([^\]]*)\]`)
	codeRe    = regexp.MustCompile(`\[([^\]]*)\]`)
	formsRe   = regexp.MustCompile(`\{([^}]*)\}`)
	plainWord = regexp.MustCompile(`^[A-Z][A-Z'-]*$`)
)

var preps = map[string]bool{"WITH": true, "TO": true, "AGAINST": true, "ON": true, "FROM": true,
	"FOR": true, "AT": true, "IN": true, "INTO": true, "OVER": true, "BY": true}

func readVerbs(r io.Reader) (*dict, error) {
	d := &dict{synsets: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	section := ""
	syn := ""
	var b *block
	for sc.Scan() {
		ln := sc.Text()
		if strings.HasPrefix(ln, "#######") {
			section = ln
			continue
		}
		if i := strings.Index(ln, "#"); i >= 0 && !strings.HasPrefix(ln, "- ") {
			ln = ln[:i]
		}
		ln = strings.TrimSpace(ln)
		if strings.Contains(section, "SYNONYM") {
			switch {
			case strings.HasPrefix(ln, "&"):
				syn = strings.TrimSuffix(ln, "_")
			case strings.HasPrefix(ln, "+") && syn != "":
				d.synsets[syn] = append(d.synsets[syn], strings.TrimSuffix(ln[1:], "_"))
			case ln == "":
				syn = ""
			}
			continue
		}
		if !strings.Contains(section, "VERB PATTERNS") || ln == "" {
			continue
		}
		if m := blockHead.FindStringSubmatch(ln); m != nil {
			b = &block{}
			d.blocks = append(d.blocks, b)
			blockCode = cleanCode(m[2])
			continue
		}
		if b == nil {
			continue
		}
		if strings.HasPrefix(ln, "- ") {
			if p, ok := parsePattern(ln, d.synsets); ok {
				b.patterns = append(b.patterns, p)
			}
			continue
		}
		v, base, ok := parseVerb(ln)
		if !ok {
			continue
		}
		if v.code == "" {
			v.code = blockCode
		}
		b.verbs = append(b.verbs, v)
		b.base = append(b.base, base)
	}
	return d, sc.Err()
}

var blockCode string

func cleanCode(c string) string {
	c = strings.TrimSpace(c)
	if i := strings.Index(c, ":"); i >= 0 {
		c = c[:i]
	}
	if c == "---" || c == "" {
		return "-"
	}
	return c
}

// parseVerb reads "MEET {MEETS MET MEETING} [040]" or "+GUN_DOWN {...}".
func parseVerb(ln string) (verb, string, bool) {
	var v verb
	if m := codeRe.FindStringSubmatch(ln); m != nil {
		v.code = cleanCode(m[1])
	}
	head := strings.Fields(codeRe.ReplaceAllString(formsRe.ReplaceAllString(ln, ""), ""))
	if len(head) != 1 {
		return v, "", false
	}
	word := strings.TrimPrefix(head[0], "+")
	parts := strings.Split(strings.Trim(word, "_"), "_")
	for _, p := range parts {
		if !plainWord.MatchString(p) {
			return v, "", false
		}
	}
	if strings.Contains(word, "+") { // the verb is not the first word
		return v, "", false
	}
	base := parts[0]
	v.particle = lower(parts[1:])
	if m := formsRe.FindStringSubmatch(ln); m != nil {
		v.forms = append(v.forms, strings.ToLower(base))
		for _, f := range strings.Fields(m[1]) {
			f = strings.Trim(strings.TrimPrefix(f, "+"), "_")
			first := strings.Split(f, "_")[0]
			if plainWord.MatchString(first) {
				v.forms = append(v.forms, strings.ToLower(first))
			}
		}
		// irregular forms may leave out the -ing form
		if !slices.ContainsFunc(v.forms, func(s string) bool { return strings.HasSuffix(s, "ing") }) {
			v.forms = append(v.forms, inflect(strings.ToLower(base))[3])
		}
	} else {
		v.forms = inflect(strings.ToLower(base))
	}
	v.forms = uniq(v.forms)
	return v, base, true
}

// inflect returns base, -s, -ed and -ing forms by the regular rules.
func inflect(b string) []string {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	n := len(b)
	switch {
	case strings.HasSuffix(b, "e"):
		return []string{b, b + "s", b + "d", b[:n-1] + "ing"}
	case n > 1 && b[n-1] == 'y' && !vowel(b[n-2]):
		return []string{b, b[:n-1] + "ies", b[:n-1] + "ied", b + "ing"}
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") ||
		strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		return []string{b, b + "es", b + "ed", b + "ing"}
	}
	return []string{b, b + "s", b + "ed", b + "ing"}
}

// parsePattern keeps "- * W [W [W]] [PREP +] [code] # VERB …".
func parsePattern(ln string, syn map[string][]string) (pattern, bool) {
	var p pattern
	body, comment, _ := strings.Cut(ln[2:], "#")
	m := codeRe.FindStringSubmatch(body)
	if m == nil {
		return p, false
	}
	p.code = cleanCode(m[1])
	if p.code == "-" {
		return p, false
	}
	toks := strings.Fields(body[:strings.Index(body, "[")])
	if len(toks) < 2 || toks[0] != "*" {
		return p, false
	}
	toks = toks[1:]
	if n := len(toks); n >= 2 && toks[n-1] == "+" && preps[toks[n-2]] {
		p.prep = strings.ToLower(toks[n-2])
		toks = toks[:n-2]
	} else if n >= 1 && toks[n-1] == "+" {
		toks = toks[:n-1]
	}
	if len(toks) > 3 {
		return p, false
	}
	alts := [][]string{nil}
	for _, t := range toks {
		var opts [][]string
		switch {
		case strings.HasPrefix(t, "&"):
			members := syn[strings.TrimSuffix(t, "_")]
			if len(members) == 0 || len(members) > 25 {
				return p, false
			}
			for _, mb := range members {
				ws := strings.Split(strings.Trim(mb, "_"), "_")
				opts = append(opts, lower(ws))
			}
		default:
			ws := strings.Split(strings.Trim(t, "_"), "_")
			for _, w := range ws {
				if !plainWord.MatchString(w) {
					return p, false
				}
			}
			opts = [][]string{lower(ws)}
		}
		var next [][]string
		for _, a := range alts {
			for _, o := range opts {
				next = append(next, append(slices.Clone(a), o...))
			}
		}
		alts = next
	}
	for _, a := range alts {
		if len(a) > 0 && len(a) <= 4 {
			p.obj = append(p.obj, a)
		}
	}
	if len(p.obj) == 0 && p.prep == "" {
		return p, false
	}
	if f := strings.Fields(comment); len(f) > 0 {
		for _, v := range strings.Split(f[0], ",") {
			if plainWord.MatchString(v) {
				p.verbs = append(p.verbs, v)
			}
		}
	}
	return p, true
}

func lower(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// skipVerbs are verbs too common or too vague to be events on their own
// (a light verb, a verb of saying or motion); their object patterns stay.
var skipVerbs = map[string]bool{"be": true, "have": true, "go": true, "come": true, "take": true,
	"make": true, "get": true, "give": true, "put": true, "set": true, "say": true, "tell": true,
	"see": true, "face": true, "hold": true, "keep": true, "leave": true, "use": true, "run": true,
	"turn": true, "move": true, "bring": true, "carry": true, "show": true, "call": true, "find": true,
	"do": true, "let": true, "seek": true, "continue": true, "work": true, "play": true, "open": true}

// vagueCodes are the unspecified codes of a category under which the
// dictionary files whole blocks of ordinary verbs (060 "material
// cooperation": control, issue, order, help, lead; 050 "diplomatic
// cooperation": ally, deal; 110 "disapprove": allege, dismiss, dispute).
// Such a verb on its own, with no object pattern, is no event; its object
// patterns stay.
var vagueCodes = map[string]bool{"050": true, "060": true, "110": true}

// skipForms are participles that are mostly prepositions or adjectives
// ("according to", "the leading party"); they are left out of every entry.
var skipForms = map[string]bool{"according": true, "following": true, "including": true,
	"regarding": true, "concerning": true, "given": true, "based": true, "leading": true,
	"pending": true, "during": true, "attached": true, "related": true, "concerned": true,
	"forces": true} // the army's forces, far more often than "X forces Y to"

// senseFilters narrow verbs whose sense of a PLOVER type is mostly no
// event in news text: for the verb (base form) and type, the bare entry is
// dropped and, when a word list is given, only the object phrases with one
// of those words (as a prefix) are kept; with no list the object patterns
// stay as they are. "Protect" and "defend" are rarely an assault,
// "submit" rarely a concession (submitted a report), "block" and "force"
// rarely coercion on their own ("open" is in skipVerbs already), and
// "lift" is a retreat only when what is lifted is a sanction, a ban or a
// siege.
var senseFilters = map[string]map[string][]string{
	"protect": {"ASSAULT": nil},
	"defend":  {"ASSAULT": nil},
	"submit":  {"CONCEDE": nil},
	"block":   {"COERCE": nil},
	"force":   {"COERCE": nil},
	"lift":    {"RETREAT": {"sanction", "ban", "siege", "embargo", "blockade"}},
}

// senseFilter reports whether the entry of verb base for code keeps, and
// which of the object phrases objs ("-" for none) it keeps.
func senseFilter(base, typ string, objs []string) []string {
	f, ok := senseFilters[base][typ]
	if !ok {
		return objs
	}
	var out []string
	for _, o := range objs {
		if o == "-" {
			continue
		}
		if f == nil || slices.ContainsFunc(strings.Fields(o), func(w string) bool {
			return slices.ContainsFunc(f, func(p string) bool { return strings.HasPrefix(w, p) })
		}) {
			out = append(out, o)
		}
	}
	return out
}

const header = `# English event lexicon of marsad, generated: DO NOT EDIT.
# Made by internal/events/gen (go generate ./internal/events) from
# CAMEO.verbpatterns.150430.txt of PETRARCH2 (github.com/openeventdata/petrarch2,
# commit 676801cd, petrarch2/data/), with CAMEO codes mapped to PLOVER by
# CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, Open Event Data Alliance).
# Columns as in lexicon_en.tsv: TYPE CAMEO FORMS OBJ PREP FLAGS.
#
# The source dictionary's licence:
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`

func write(w io.Writer, d *dict, pt ploverTable) int {
	fmt.Fprint(w, header)
	type key struct{ forms, code, prep, base string }
	lines := map[key][]string{} // → object phrases
	var order []key
	add := func(k key, obj []string) {
		if _, ok := lines[k]; !ok {
			order = append(order, k)
		}
		lines[k] = append(lines[k], obj...)
	}
	for _, b := range d.blocks {
		// the prepositions a block's own code takes its recipient with
		bpreps := map[string][]string{}
		for _, p := range b.patterns {
			if len(p.obj) == 0 && p.prep != "" {
				for _, v := range b.base {
					if p.verbs == nil || slices.Contains(p.verbs, v) {
						bpreps[v] = append(bpreps[v], p.prep)
					}
				}
			}
		}
		for i, v := range b.verbs {
			v.forms = slices.DeleteFunc(slices.Clone(v.forms), func(f string) bool { return skipForms[f] })
			if len(v.forms) == 0 {
				continue
			}
			forms := strings.Join(v.forms, "|")
			base := b.base[i]
			if v.code != "-" && pt.lookup(v.code) != "" && (len(v.particle) > 0 || !skipVerbs[v.forms[0]] && !vagueCodes[v.code]) {
				obj := "-"
				if len(v.particle) > 0 {
					obj = strings.Join(v.particle, " ")
				}
				add(key{forms, v.code, strings.Join(uniq(bpreps[base]), "|"), v.forms[0]}, []string{obj})
			}
			if len(v.particle) > 0 {
				continue
			}
			for _, p := range b.patterns {
				if len(p.obj) == 0 || pt.lookup(p.code) == "" {
					continue
				}
				if p.verbs != nil && !slices.Contains(p.verbs, base) {
					continue
				}
				var objs []string
				for _, o := range p.obj {
					objs = append(objs, strings.Join(o, " "))
				}
				add(key{forms, p.code, p.prep, v.forms[0]}, objs)
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].forms < order[j].forms })
	n := 0
	for _, k := range order {
		objs := senseFilter(k.base, pt.lookup(k.code), uniq(lines[k]))
		if len(objs) == 0 {
			continue
		}
		obj := "-"
		if !slices.Contains(objs, "-") {
			obj = strings.Join(objs, "|")
		}
		prep := k.prep
		if prep == "" {
			prep = "-"
		}
		typ, flags := pt.lookup(k.code), "T"
		if typ == "CONSULT" {
			flags = "TRS" // a consultation is between two: no recipient, no event
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", typ, k.code, k.forms, obj, prep, flags)
		n++
	}
	return n
}
