package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// readTSV calls fn for each data row of an embedded TSV file: blank lines
// and lines starting with # are skipped; a trailing "# comment" field is
// dropped; rows are padded to want fields.
func readTSV(name string, want int, fn func(f []string) error) error {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		for len(f) > 0 && (strings.HasPrefix(strings.TrimSpace(f[len(f)-1]), "#") || strings.TrimSpace(f[len(f)-1]) == "") {
			f = f[:len(f)-1]
		}
		if len(f) > want {
			return fmt.Errorf("lexicon: data/%s:%d: %d fields, want at most %d", name, line, len(f), want)
		}
		for len(f) < want {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("lexicon: data/%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func list(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadCountries builds one GPE per CLDR territory and applies the reviewed
// overrides of data/countries.tsv: code, English name, Arabic name (- keeps
// CLDR's), aliases, masculine singular demonyms from which the other forms
// are derived, further demonym forms (broken plurals, English); then the
// English nationality words of every country from data/demonyms_en.tsv.
func (lx *Lexicon) loadCountries() error {
	byCode := map[string]*Entity{}
	var order []*Entity
	for _, t := range cldrTerritories {
		e := &Entity{ID: "gpe:" + t.Code, Name: t.Name, NameAr: t.NameAr, Type: "GPE", Kind: "country",
			Country: t.Code, Aliases: append([]string(nil), t.AltAr...)}
		byCode[t.Code] = e
		order = append(order, e)
	}
	err := readTSV("countries.tsv", 7, func(f []string) error {
		code := f[0]
		e := byCode[code]
		if e == nil {
			e = &Entity{ID: "gpe:" + code, Type: "GPE", Kind: "country", Country: code}
			byCode[code] = e
			order = append(order, e)
		}
		if f[1] != "" && f[1] != "-" {
			e.Aliases = append(e.Aliases, e.Name)
			e.Name = f[1]
		}
		if f[2] != "" && f[2] != "-" {
			e.Aliases = append(e.Aliases, e.NameAr)
			e.NameAr = f[2]
		}
		e.Aliases = append(e.Aliases, list(f[3])...)
		for _, base := range list(f[4]) {
			e.Demonyms = append(e.Demonyms, demonymForms(base)...)
		}
		e.Demonyms = append(e.Demonyms, list(f[5])...)
		if f[6] != "" {
			e.Kind = f[6]
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV("demonyms_en.tsv", 2, func(f []string) error {
		e := byCode[f[0]]
		if e == nil {
			return fmt.Errorf("no country %q", f[0])
		}
		e.Demonyms = append(e.Demonyms, list(f[1])...)
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range order {
		if e.Kind == "drop" {
			continue
		}
		e.Demonyms = dedupe(e.Demonyms)
		if err := lx.add(e); err != nil {
			return err
		}
	}
	return nil
}

// demonymForms derives the regular forms of an Arabic nationality adjective
// from its masculine singular (روسي): feminine, with the article, and the
// sound plurals and dual.
func demonymForms(base string) []string {
	if !strings.HasSuffix(base, "ي") {
		return []string{base, "ال" + base}
	}
	out := []string{}
	for _, s := range []string{"", "ة", "ان", "ين", "ون", "ات", "تان", "تين"} {
		out = append(out, base+s, "ال"+base+s)
	}
	return out
}

// loadEntities reads places, organisations and media: id, type, English
// name, Arabic name, country, aliases, kind.
func (lx *Lexicon) loadEntities(name string) error {
	return readTSV(name, 7, func(f []string) error {
		return lx.add(&Entity{ID: f[0], Type: f[1], Name: f[2], NameAr: f[3], Country: f[4],
			Aliases: list(f[5]), Kind: f[6]})
	})
}

// loadPeople reads people: id, English name, Arabic name, country, roles,
// aliases.
func (lx *Lexicon) loadPeople(name string) error {
	return readTSV(name, 6, func(f []string) error {
		return lx.add(&Entity{ID: f[0], Type: "PER", Kind: "person", Name: f[1], NameAr: f[2],
			Country: f[3], Roles: list(strings.ReplaceAll(f[4], ",", "|")), Aliases: list(f[5])})
	})
}

// loadTitles reads title phrases and the roles they name.
func (lx *Lexicon) loadTitles(name string) error {
	return readTSV(name, 2, func(f []string) error {
		k := Normalize(f[0])
		if k == "" || f[1] == "" {
			return fmt.Errorf("title row needs a phrase and a role")
		}
		lx.titles[k] = f[1]
		if n := strings.Count(k, " ") + 1; n > lx.maxTitle {
			lx.maxTitle = n
		}
		return nil
	})
}
