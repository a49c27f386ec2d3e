// Package lexicon is marsad's entity lexicon: countries and territories
// (generated from CLDR), cities and regions, international organisations,
// news media and office holders, with their Arabic and English surface
// forms, nationality adjectives and title words. The data ships inside the
// binary; see SOURCE.md for where each part comes from.
package lexicon

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entity is one real-world referent known to the lexicon.
type Entity struct {
	// ID is stable across releases: "gpe:RU" for countries, "city:moscow",
	// "loc:central-asia", "org:un", "media:reuters", "Q:vladimir-putin".
	ID string
	// Name is the English canonical name.
	Name string
	// NameAr is the Arabic canonical name.
	NameAr string
	// Type is PER, ORG, GPE or LOC.
	Type string
	// Kind refines Type: country, territory, city, region, org, media,
	// person.
	Kind string
	// Aliases are the Arabic and English surface forms, canonical names
	// included.
	Aliases []string
	// Quoted are the names that stand for the entity only in quotation
	// marks: a newspaper called «الرياض» or «اليوم». The data writes them
	// «X» among the aliases.
	Quoted []string
	// Country is the ISO 3166 alpha-2 code of a GPE, or the country of a
	// person, city or national organisation.
	Country string
	// Roles are the offices a person holds: "president", "prime-minister",
	// "foreign-minister", "king", "crown-prince", "emir", …
	Roles []string
	// Demonyms are, for a country, its nationality adjectives in their
	// Arabic forms (روسي روسية الروسي الروسية الروس …) and in English.
	Demonyms []string
}

// Lexicon is the loaded entity lexicon. It is read-only after Load and safe
// for concurrent use.
type Lexicon struct {
	entities []*Entity
	byID     map[string]*Entity
	alias    map[string][]*Entity // normalised alias → entities
	demonym  map[string]*Entity   // normalised demonym → country
	holders  map[string][]*Entity // role + "|" + country → people
	past     []pastHolder         // office holders before HoldersAsOf
	titles   map[string]string    // normalised title phrase → role
	maxAlias int                  // most words in an alias
	maxTitle int                  // most words in a title phrase
	starts   map[string]int       // first word of an alias → most words
	tstarts  map[string]int       // first word of a title → most words
	ambig    map[string]bool      // normalised one-word aliases that are also common words
	quoted   map[string][]*Entity // normalised aliases that name the entity only in quotation marks
	gaz      *Gazetteer
}

// Load parses the embedded lexicon data.
func Load() (*Lexicon, error) {
	lx := &Lexicon{
		byID:    map[string]*Entity{},
		alias:   map[string][]*Entity{},
		demonym: map[string]*Entity{},
		holders: map[string][]*Entity{},
		titles:  map[string]string{},
		starts:  map[string]int{},
		tstarts: map[string]int{},
		ambig:   map[string]bool{},
		quoted:  map[string][]*Entity{},
	}
	if err := lx.loadCountries(); err != nil {
		return nil, err
	}
	for _, f := range []string{"places.tsv", "orgs.tsv", "media.tsv"} {
		if err := lx.loadEntities(f); err != nil {
			return nil, err
		}
	}
	if err := lx.loadPeople("people.tsv"); err != nil {
		return nil, err
	}
	if err := lx.loadTitles("titles.tsv"); err != nil {
		return nil, err
	}
	if err := lx.loadPastHolders("past_holders.tsv"); err != nil {
		return nil, err
	}
	if err := readTSV("ambiguous.tsv", 2, func(f []string) error {
		lx.ambig[Normalize(f[0])] = true
		return nil
	}); err != nil {
		return nil, err
	}
	lx.index()
	return lx, nil
}

// Entities returns every entity, in data order.
func (lx *Lexicon) Entities() []*Entity { return lx.entities }

// ByID returns the entity with the given id.
func (lx *Lexicon) ByID(id string) (*Entity, bool) {
	e, ok := lx.byID[id]
	return e, ok
}

// Lookup returns the entities that have surface as an alias after
// normalisation, or, failing that, after removing conservative proclitics
// (و ف ب ل ك and the article) from its first word: «والرئيس», «لروسيا»,
// «بموسكو».
func (lx *Lexicon) Lookup(surface string) []*Entity {
	key := Normalize(surface)
	if es := lx.alias[key]; es != nil {
		return es
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(surface), " ")
	for _, c := range Clitics(first)[1:] {
		k := c.Stem
		if rest != "" {
			k += " " + Normalize(rest)
		}
		es := lx.alias[k]
		if es == nil {
			continue
		}
		if rest == "" && lx.ambig[k] && allPlaces(es) {
			// a place whose name is also a common word is no word with
			// the article: الجنين (the foetus) is not جنين (Jenin), but
			// البيرو, الباكستان are Peru and Pakistan
			if pre := Normalize(first[:c.Prefix]); strings.HasSuffix(pre, "ال") || strings.HasSuffix(pre, "لل") {
				continue
			}
		}
		return es
	}
	return nil
}

// allPlaces reports whether every entity of es is a GPE or a LOC.
func allPlaces(es []*Entity) bool {
	for _, e := range es {
		if e.Type != "GPE" && e.Type != "LOC" {
			return false
		}
	}
	return true
}

// LookupQuoted returns the entities that surface names when it stands in
// quotation marks («الشرق الأوسط», «عكاظ»): a newspaper whose name is a
// common word or another entity's name. Aliases written «X» in the data
// are these.
func (lx *Lexicon) LookupQuoted(surface string) []*Entity { return lx.quoted[Normalize(surface)] }

// LookupKey returns the entities whose normalised alias is exactly key.
func (lx *Lexicon) LookupKey(key string) []*Entity { return lx.alias[key] }

// Ambiguous reports whether a normalised one-word alias is also a common
// word (مالي, سيول, مشهد) and should not be matched in raw text alone.
func (lx *Lexicon) Ambiguous(key string) bool { return lx.ambig[key] }

// AliasWords returns the largest number of words of an alias whose first
// normalised word is first, or 0 when no alias starts with it.
func (lx *Lexicon) AliasWords(first string) int { return lx.starts[first] }

// TitleWords returns the largest number of words of a title phrase whose
// first normalised word is first, or 0 when none starts with it.
func (lx *Lexicon) TitleWords(first string) int { return lx.tstarts[first] }

// MaxAliasWords returns the largest number of words in an alias.
func (lx *Lexicon) MaxAliasWords() int { return lx.maxAlias }

// Demonym returns the country whose nationality adjective word is, in any
// of its forms (الروسي, روسية, الروس, Russian), also after a conjunction or
// preposition (والروسية).
func (lx *Lexicon) Demonym(word string) (*Entity, bool) {
	if e, ok := lx.demonym[Normalize(word)]; ok {
		return e, true
	}
	for _, c := range Clitics(word)[1:] {
		if e, ok := lx.demonym[c.Stem]; ok {
			return e, true
		}
	}
	return nil, false
}

// DemonymKey is Demonym for an already normalised word.
func (lx *Lexicon) DemonymKey(key string) (*Entity, bool) {
	e, ok := lx.demonym[key]
	return e, ok
}

// HoldersAsOf is the date the office holders of the lexicon hold their
// offices at (people.tsv): a title in an article older than that may name
// someone else, and is not resolved through the lexicon.
var HoldersAsOf = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// Holder returns the person holding role in the country given by its code
// ("AZ") or id ("gpe:AZ"). A head of government is found for
// "prime-minister" also where the office is called chancellor.
func (lx *Lexicon) Holder(role, country string) (*Entity, bool) {
	country = strings.TrimPrefix(country, "gpe:")
	if es := lx.holders[role+"|"+country]; len(es) > 0 {
		return es[0], true
	}
	for _, alt := range roleFallback[role] {
		if es := lx.holders[alt+"|"+country]; len(es) > 0 {
			return es[0], true
		}
	}
	return nil, false
}

// pastHolder is one term of office before HoldersAsOf.
type pastHolder struct {
	role, country string
	person        *Entity
	from, to      time.Time // [from, to)
}

// loadPastHolders reads the terms of past_holders.tsv; each person must be
// in the lexicon.
func (lx *Lexicon) loadPastHolders(name string) error {
	return readTSV(name, 5, func(f []string) error {
		e, ok := lx.byID[f[2]]
		if !ok {
			return fmt.Errorf("lexicon: data/%s: %s is no person of the lexicon", name, f[2])
		}
		from, err := time.Parse(time.DateOnly, f[3])
		if err != nil {
			return fmt.Errorf("lexicon: data/%s: %w", name, err)
		}
		to, err := time.Parse(time.DateOnly, f[4])
		if err != nil {
			return fmt.Errorf("lexicon: data/%s: %w", name, err)
		}
		lx.past = append(lx.past, pastHolder{role: f[0], country: f[1], person: e, from: from, to: to})
		return nil
	})
}

// HolderAt returns the person holding role in the country at time t: the
// lexicon's holder from HoldersAsOf on (or when t is zero), else the one
// whose term in past_holders.tsv holds t; false when none is known.
func (lx *Lexicon) HolderAt(role, country string, t time.Time) (*Entity, bool) {
	if t.IsZero() || !t.Before(HoldersAsOf) {
		return lx.Holder(role, country)
	}
	country = strings.TrimPrefix(country, "gpe:")
	for _, r := range append([]string{role}, roleFallback[role]...) {
		for _, p := range lx.past {
			if p.role == r && p.country == country && !t.Before(p.from) && t.Before(p.to) {
				return p.person, true
			}
		}
	}
	return nil, false
}

// RolesAt returns the offices person e holds at time t: the lexicon's
// from HoldersAsOf on (or when t is zero), else those of past_holders.tsv
// whose term holds t (a crown prince of today may have been his deputy
// then).
func (lx *Lexicon) RolesAt(e *Entity, t time.Time) []string {
	if t.IsZero() || !t.Before(HoldersAsOf) {
		return e.Roles
	}
	var out []string
	for _, p := range lx.past {
		if p.person == e && !t.Before(p.from) && t.Before(p.to) {
			out = append(out, p.role)
		}
	}
	return out
}

// roleFallback lists, for a role, the offices that stand for it in
// countries that name it differently.
var roleFallback = map[string][]string{
	"prime-minister": {"chancellor"},
	"chancellor":     {"prime-minister"},
	"president":      {"chairman"},
}

// Role returns the role named by a title phrase (الرئيس → president,
// رئيس الوزراء → prime-minister), normalised or not.
// A conjunction or preposition before the first word is allowed
// (والرئيس, للرئيس).
func (lx *Lexicon) Role(title string) (string, bool) {
	if r, ok := lx.titles[Normalize(title)]; ok {
		return r, true
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(title), " ")
	for _, c := range Clitics(first)[1:] {
		k := c.Stem
		if rest != "" {
			k += " " + Normalize(rest)
		}
		if r, ok := lx.titles[k]; ok {
			return r, true
		}
	}
	return "", false
}

// RoleKey is Role for an already normalised phrase.
func (lx *Lexicon) RoleKey(key string) (string, bool) {
	r, ok := lx.titles[key]
	return r, ok
}

// MaxTitleWords returns the largest number of words in a title phrase.
func (lx *Lexicon) MaxTitleWords() int { return lx.maxTitle }

// Gazetteer returns the word-level gazetteer for the tagger's features.
func (lx *Lexicon) Gazetteer() *Gazetteer { return lx.gaz }

func (lx *Lexicon) add(e *Entity) error {
	if e.ID == "" {
		return fmt.Errorf("entity %q has no id", e.Name)
	}
	if _, dup := lx.byID[e.ID]; dup {
		return fmt.Errorf("duplicate entity id %q", e.ID)
	}
	switch e.Type {
	case "PER", "ORG", "GPE", "LOC":
	default:
		return fmt.Errorf("entity %s: unknown type %q (want PER, ORG, GPE or LOC)", e.ID, e.Type)
	}
	all := e.Aliases
	e.Aliases = nil
	for _, a := range all {
		if q, ok := strings.CutPrefix(a, "«"); ok && strings.HasSuffix(q, "»") {
			e.Quoted = append(e.Quoted, strings.TrimSuffix(q, "»"))
			continue
		}
		e.Aliases = append(e.Aliases, a)
	}
	e.Aliases = dedupe(append([]string{e.NameAr, e.Name}, e.Aliases...))
	lx.byID[e.ID] = e
	lx.entities = append(lx.entities, e)
	return nil
}

// abdVariants returns the normalised alias k and, when it holds a name
// of عبد and a word with the article (one of God's names: الله، العزيز،
// الرحمن), the same alias with that name written the other way: عبد الله
// ↔ عبدالله, عبد العزيز ↔ عبدالعزيز (the press writes both).
func abdVariants(k string) []string {
	out := []string{k}
	ws := strings.Fields(k)
	for i, w := range ws {
		var v []string
		switch {
		case w == "عبد" && i+1 < len(ws) && strings.HasPrefix(ws[i+1], "ال"):
			v = slices.Concat(ws[:i], []string{w + ws[i+1]}, ws[i+2:])
		case strings.HasPrefix(w, "عبدال") && len(w) > len("عبدال")+2:
			v = slices.Concat(ws[:i], []string{"عبد", strings.TrimPrefix(w, "عبد")}, ws[i+1:])
		default:
			continue
		}
		out = append(out, strings.Join(v, " "))
	}
	return out
}

// arabicSpeaking are the Arab League's members: their names are Arabic
// words, not transliterations.
var arabicSpeaking = map[string]bool{
	"SA": true, "AE": true, "KW": true, "QA": true, "BH": true, "OM": true, "YE": true,
	"IQ": true, "SY": true, "LB": true, "JO": true, "PS": true, "EG": true, "SD": true,
	"LY": true, "TN": true, "DZ": true, "MA": true, "MR": true, "SO": true, "DJ": true, "KM": true,
}

// Foreign reports whether e's Arabic aliases transliterate a foreign
// name: a person, place or body of a country outside the Arab League, or
// a person of no country (an international official).
func (e *Entity) Foreign() bool {
	c := strings.TrimPrefix(e.Country, "gpe:")
	if c == "" || c == "-" {
		return e.Type == "PER"
	}
	return !arabicSpeaking[c]
}

// spellings returns the normalised alias k with its abdVariants and, for
// a transliterated foreign name, the same with every غ written ج: the
// press renders a foreign g both ways (غابرييل، جابرييل؛ الغارديان،
// الجارديان; Egyptian and Gulf papers mostly ج).
func spellings(k string, foreign bool) []string {
	out := abdVariants(k)
	if foreign && strings.Contains(k, "غ") {
		out = append(out, strings.ReplaceAll(k, "غ", "ج"))
	}
	if strings.Contains(k, "ديمقراط") {
		// الديمقراطي and الديموقراطي: the press writes both
		for _, o := range out[:len(out):len(out)] {
			out = append(out, strings.ReplaceAll(o, "ديمقراط", "ديموقراط"))
		}
	}
	return out
}

// index builds the alias, demonym, holder and gazetteer tables.
func (lx *Lexicon) index() {
	gaz := &Gazetteer{m: make(map[string]uint8, 4*len(lx.entities))}
	for _, e := range lx.entities {
		seen := map[string]bool{}
		for _, q := range e.Quoted {
			k := Normalize(q)
			lx.quoted[k] = append(lx.quoted[k], e)
		}
		foreign := e.Foreign()
		for _, a := range e.Aliases {
			for _, k := range spellings(Normalize(a), foreign) {
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				lx.alias[k] = append(lx.alias[k], e)
				n := strings.Count(k, " ") + 1
				lx.maxAlias = max(lx.maxAlias, n)
				first, _, _ := strings.Cut(k, " ")
				lx.starts[first] = max(lx.starts[first], n)
				gaz.addAlias(k, e.Type)
			}
		}
		for _, d := range e.Demonyms {
			k := Normalize(d)
			if _, taken := lx.demonym[k]; !taken {
				lx.demonym[k] = e
			}
			gaz.add(k, GazDemonym)
		}
		for _, r := range e.Roles {
			key := r + "|" + e.Country
			lx.holders[key] = append(lx.holders[key], e)
		}
	}
	for t := range lx.titles {
		first, _, _ := strings.Cut(t, " ")
		lx.tstarts[first] = max(lx.tstarts[first], strings.Count(t, " ")+1)
		for _, w := range strings.Fields(t) {
			if utf8.RuneCountInString(w) >= 3 {
				gaz.add(w, GazTitle)
			}
		}
	}
	lx.gaz = gaz
}

func dedupe(ss []string) []string {
	out := ss[:0]
	seen := map[string]bool{}
	for _, s := range ss {
		s = strings.TrimSpace(s)
		if s == "" || s == "-" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}
