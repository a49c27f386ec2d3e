package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/link"
)

// English (and other Latin-script) names are found by rules, not by the
// Arabic-trained tagger: runs of capitalised words, joined by the small
// words names contain ("Bank of England", "Abu Dhabi", "bin Salman"), typed
// by the words around them — a title before a person, a head word in an
// organisation's name, a preposition of place — and otherwise left to the
// lexicon and the linker. The word lists are plain data below.

var (
	// enSkip are capitalised words that start sentences or stand alone
	// without being names.
	enSkip = wordSet(`The A An In On At For From By With Without About After Before During Under Over Into Onto Upon
		This That These Those There Here It Its It's He She They We I You His Her Their Our My Your
		But And Or Nor So Yet If When While Where Why How What Which Who Whom Whose As Than Then Also
		Mr Mrs Ms Dr Sir Madam President Prime Minister Secretary General Gen King Queen Prince Princess Sheikh
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
		August September October November December Today Yesterday Tomorrow Meanwhile However Still According
		One Two Three Four Five Six Seven Eight Nine Ten Some Many Most Several Both Each Every All No Not`)
	// enJoin are the particles inside people's and places' names.
	enJoin = wordSet(`de del della der van von bin bint ibn al el la le da di du y`)
	// enOrgJoin join words into an organisation's name when a head word is
	// on either side: "Bank of England", "Ministry of Foreign Affairs".
	enOrgJoin = wordSet(`of for and the`)
	// enPersonTitles before a name make it a person.
	enPersonTitles = wordSet(`Mr Mrs Ms Miss Dr Sir President Minister Secretary Senator Gov Governor Rep Representative
		Gen General Col Colonel Lt Capt Captain Adm Admiral Sgt King Queen Prince Princess Sheikh Emir Sultan
		Chancellor Premier Ambassador Judge Justice Pope Cardinal Bishop Rabbi Imam Ayatollah Professor Prof
		spokesman spokeswoman spokesperson minister president chairman chairwoman chief leader envoy`)
	// enOrgHeads inside a name make it an organisation.
	enOrgHeads = wordSet(`Ministry Department Agency Authority Commission Committee Council Parliament Assembly Senate
		Congress Court Party Union Association Federation Organization Organisation Foundation Institute University
		College School Bank Fund Company Corporation Corp Inc Ltd LLC Group Holdings Airlines Airways Army Navy
		Forces Force Police Guard Brigade Front Movement Alliance League Network News Times Post Journal Press
		Agency Television Radio Broadcasting Office Service Services Board Bureau Centre Center Club FC
		Cabinet Government Administration Embassy Consulate Mission Secretariat Cross Crescent Brigades Militia`)
	// enTitleHeads after a run make it part of a title ("British Defence
	// Secretary", "Foreign Minister"), not a name.
	enTitleHeads = wordSet(`President Minister Secretary Chancellor Premier Ambassador Envoy Governor Spokesman Spokeswoman
		Commander Chief Adviser Advisor Official Officials Leader Speaker Mayor`)
	// enPlacePreps before a single name suggest a place.
	enPlacePreps = wordSet(`in at from to near across outside inside into toward towards`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// latinSentence reports whether most letters of the sentence are Latin.
func latinSentence(d *doc.Doc, s doc.Sentence) bool {
	latin, other := 0, 0
	for _, r := range d.Text[s.Start:s.End] {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r), unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin > other
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// englishMentions finds the names of one Latin-script sentence.
func englishMentions(d *doc.Doc, s doc.Sentence) []link.Mention {
	toks := d.Tokens[s.FirstToken:s.EndToken]
	var out []link.Mention
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.Kind != doc.KindWord || !capitalised(t.Text) || enSkip[strings.TrimSuffix(t.Text, "'s")] {
			i++
			continue
		}
		// Extend over capitalised words, and join words followed by one.
		j := i + 1
		for j < len(toks) {
			w := toks[j]
			if w.Kind == doc.KindWord && capitalised(w.Text) && !enSkip[w.Text] {
				j++
				continue
			}
			if w.Kind == doc.KindWord && j+1 < len(toks) && toks[j+1].Kind == doc.KindWord && capitalised(toks[j+1].Text) {
				if enJoin[w.Text] || enOrgJoin[w.Text] && (hasOrgHead(toks[i:j]) || enOrgHeads[toks[j+1].Text]) {
					j += 2
					continue
				}
			}
			if w.Text == "-" && j+1 < len(toks) && toks[j+1].Kind == doc.KindWord && toks[j].Start == toks[j-1].End {
				j += 2 // al-Sisi, Abu-Dhabi
				continue
			}
			break
		}
		// "British Defence Secretary X", "Foreign Minister X": the run
		// before a title word is the title's, not a name (the person
		// after it is found on its own).
		if j < len(toks) && toks[j].Kind == doc.KindWord && enTitleHeads[toks[j].Text] && !hasOrgHead(toks[i:j]) {
			i = j
			continue
		}
		start, end := t.Start, toks[j-1].End
		text := strings.TrimSuffix(d.Text[start:end], "'s")
		end = start + len(text)
		typ := ""
		words := strings.Fields(text)
		for _, w := range words {
			if enOrgHeads[w] {
				typ = "ORG"
			}
		}
		if typ == "" && i > 0 {
			prev := strings.TrimSuffix(toks[i-1].Text, ".")
			if enPersonTitles[prev] || i > 1 && toks[i-1].Text == "." && enPersonTitles[toks[i-2].Text] {
				typ = "PER"
			} else if enPlacePreps[toks[i-1].Text] && len(words) == 1 {
				typ = "LOC"
			}
		}
		if typ == "" && len(words) >= 2 && len(words) <= 4 && !allCaps(text) {
			typ = "PER"
		}
		// A single capitalised word of unknown kind is kept untyped: it is
		// a person's surname when a full name ends with it (see
		// surnamesOf), else it is left to the lexicon.
		out = append(out, link.Mention{Start: start, End: end, Text: text, Type: typ})
		i = j
	}
	return out
}

func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func hasOrgHead(toks []doc.Token) bool {
	for _, t := range toks {
		if enOrgHeads[t.Text] {
			return true
		}
	}
	return false
}

// enNotAcronyms are all-capital words of English news that name no
// organisation or country: units, currencies, time zones, diseases, titles
// and headline words.
var enNotAcronyms = wordSet(`AM PM GMT UTC EST EDT BST CET USD EUR GBP JPY CNY GDP GNP CPI CEO CFO COO MP MPS TV
	AIDS HIV SARS COVID DNA UPDATE UPDATED NEWS BREAKING URGENT EXCLUSIVE VIDEO PHOTO PHOTOS ANALYSIS OK II III IV VI
	VII VIII IX XI XII`)

// typeAcronyms types the untyped one-word mentions written in capitals
// ("UN", "EU", "US", "PLO", "IAEA"): the entity lexicon's type when it
// knows the word (the raw-text gazetteer leaves out two-letter aliases and
// words such as "us" that are also common words, so only their capitals
// make them names), else ORG for a word of three to six letters, as an
// acronym in English news mostly names an organisation (a party, a rebel
// front, an agency). Units, currencies and headline words are left alone.
func (a *Analyzer) typeAcronyms(ms []link.Mention) []link.Mention {
	for i, m := range ms {
		if m.Type != "" || strings.Contains(m.Text, " ") || !allCaps(m.Text) || enNotAcronyms[m.Text] {
			continue
		}
		n := utf8.RuneCountInString(m.Text)
		if n < 2 || n > 6 || strings.IndexFunc(m.Text, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		if es := a.lex.Lookup(m.Text); len(es) > 0 {
			ms[i].Type = es[0].Type
			continue
		}
		if n >= 3 {
			ms[i].Type = "ORG"
		}
	}
	return ms
}

// typeSurnames gives the untyped single-word mentions the type PER when a
// person's full name among the mentions ends with that word ("Kolesnikov"
// after "Andrei Kolesnikov"), and drops the other untyped ones.
func typeSurnames(ms []link.Mention) []link.Mention {
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.Type == "PER" {
			if f := strings.Fields(m.Text); len(f) >= 2 {
				surnames[f[len(f)-1]] = true
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type == "" {
			if !surnames[m.Text] {
				continue
			}
			m.Type = "PER"
		}
		out = append(out, m)
	}
	return out
}
