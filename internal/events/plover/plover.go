// Package plover scores marsad's English event coder on the PLOVER gold
// standard records (PLOVER_GSR_CAMEO.txt from the Open Event Data Alliance:
// one English sentence per record, with its PLOVER category, its actors
// ("source") and its recipients ("target")).
//
// Scoring follows ../shared/eval/GUIDELINES.md (Events): an event is
// scored on (type, actor, recipient), the recipient only where gold has
// one, in either order for CONSULT. The rules the guidelines leave open
// for this corpus are written on Score.
package plover

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Types are the sixteen PLOVER event categories, in the manual's order.
var Types = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST",
	"MOBILIZE", "COERCE", "ASSAULT",
}

// legacyTypes maps the category names of the 2016 gold records that PLOVER
// has since renamed or merged, following the CAMEO cue categories of
// ../shared/eval/events/plover/CAMEO2PLOVER-2021.txt ("09: ACCUSE",
// "10: REQUEST", "11: ACCUSE", "19: ASSAULT") and the table "PLOVER
// equivalents to CAMEO cue categories" of PLOVER_MANUAL.tex:
// 09 INVESTIGATE → ACCUSE, 10 DEMAND → REQUEST, 11 DISAPPROVE → ACCUSE,
// 19 FIGHT → ASSAULT. The records carry category names only, no CAMEO
// codes, so a SANCTION record stays SANCTION even where the 2021 table
// moves its CAMEO code (163, embargo) to COERCE. YIELD and ENGAGE are left
// out on purpose: each splits into two PLOVER categories (CONCEDE/RETREAT,
// SUPPORT/COOPERATE), and Load rejects them rather than guess.
var legacyTypes = map[string]string{
	"INVESTIGATE": "ACCUSE",
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// notEvents are record categories that document the file, not events.
var notEvents = map[string]bool{"DOCUMENT": true}

// MapType returns the PLOVER category of a gold record's category name,
// and false when it has none.
func MapType(name string) (string, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	if t, ok := legacyTypes[name]; ok {
		return t, true
	}
	for _, t := range Types {
		if t == name {
			return t, true
		}
	}
	return "", false
}

// Record is one gold event: a sentence and the event it was coded with.
type Record struct {
	// ID is the record's id ("PLOVER-GSR01-AGREE-0001").
	ID string
	// Type is the PLOVER category, after mapping old names (see MapType);
	// Category is the name as the file has it.
	Type, Category string
	// Actors and Recipients are the gold actorText of the source and target
	// actors, as written in the file (they may hold "..." between the
	// pieces of a discontinuous mention: "Bosnian Serbs ... forces").
	Actors, Recipients []string
	// ActorCodes and RecipientCodes are their actor codes, index for index
	// ("USA", "IGO"; CAMEO's "JAP" for Japan), "" when the file gives none.
	ActorCodes, RecipientCodes []string
	// Reciprocal is true when the markup codes the actors as SRC/TAR: the
	// parties of a meeting or an agreement, all actors, no recipient
	// (PLOVER manual, "Compound and Reciprocal Actors").
	Reciprocal bool
	// Text is the sentence.
	Text string
}

// goldActor is an actor or recipient as the file writes it.
type goldActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

type rawRecord struct {
	ID       string          `json:"id"`
	Event    string          `json:"event"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
	Text     string          `json:"text"`
	TextInfo json.RawMessage `json:"textInfo"`
}

// Load reads the gold records of a PLOVER GSR file (a JSON array). It
// leaves out the DOCUMENT records, which document the file, and fails on a
// record whose category is not PLOVER nor an old name of one, or that has
// no text.
func Load(path string) ([]Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plover: %w", err)
	}
	var raws []rawRecord
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, fmt.Errorf("plover: %s is not a JSON array of records: %w", path, err)
	}
	recs := make([]Record, 0, len(raws))
	for i, r := range raws {
		if notEvents[strings.ToUpper(r.Event)] {
			continue
		}
		where := fmt.Sprintf("%s: record %d (%s)", path, i+1, r.ID)
		t, ok := MapType(r.Event)
		if !ok {
			return nil, fmt.Errorf("plover: %s: category %q is neither PLOVER nor an old name in the mapping; add it to legacyTypes", where, r.Event)
		}
		if strings.TrimSpace(r.Text) == "" {
			return nil, fmt.Errorf("plover: %s: no text", where)
		}
		src, err := actors(r.Source)
		if err != nil {
			return nil, fmt.Errorf("plover: %s: source: %w", where, err)
		}
		tgt, err := actors(r.Target)
		if err != nil {
			return nil, fmt.Errorf("plover: %s: target: %w", where, err)
		}
		rec := Record{ID: r.ID, Type: t, Category: r.Event, Text: r.Text}
		for _, a := range src {
			rec.Actors = append(rec.Actors, a.ActorText)
			rec.ActorCodes = append(rec.ActorCodes, a.Code)
		}
		for _, a := range tgt {
			rec.Recipients = append(rec.Recipients, a.ActorText)
			rec.RecipientCodes = append(rec.RecipientCodes, a.Code)
		}
		rec.Reciprocal = len(rec.Recipients) == 0 && len(rec.Actors) > 1 &&
			strings.Contains(markup(r.TextInfo), "SRC/TAR")
		recs = append(recs, rec)
	}
	return recs, nil
}

// Half returns the records of one half of recs, "a" or "b", for checking
// that a change generalises: the distinct sentences in the order of recs
// are dealt out alternately, the first (index 0, 2, 4 …) to half a and the
// second to half b, so that the records of one sentence stay together. Any
// other half name is an error.
func Half(recs []Record, half string) ([]Record, error) {
	var want int
	switch strings.ToLower(half) {
	case "a":
		want = 0
	case "b":
		want = 1
	default:
		return nil, fmt.Errorf("plover: half %q is neither a nor b", half)
	}
	index := map[string]int{}
	var out []Record
	for _, r := range recs {
		k, ok := index[r.Text]
		if !ok {
			k = len(index)
			index[r.Text] = k
		}
		if k%2 == want {
			out = append(out, r)
		}
	}
	return out, nil
}

// actors reads a source or target field: a list of actors, or null or a
// string where there is none (the file has "" and, once, a misplaced
// context word, "diplomatic", in target).
func actors(raw json.RawMessage) ([]goldActor, error) {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" || s[0] == '"' {
		return nil, nil
	}
	var as []goldActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil, err
	}
	out := as[:0]
	for _, a := range as {
		if strings.TrimSpace(a.ActorText) != "" {
			out = append(out, a)
		}
	}
	return out, nil
}

// markup returns textInfo.markup; textInfo is an object in most records,
// a plain string or null in a few.
func markup(raw json.RawMessage) string {
	var ti struct {
		Markup string `json:"markup"`
	}
	if json.Unmarshal(raw, &ti) == nil {
		return ti.Markup
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}
