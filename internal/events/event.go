// Package events codes who did what to whom: events in PLOVER categories
// (with the closest CAMEO code), their actor and recipient among the
// article's entities, date, place and the sentence they come from.
package events

// Arg is an event argument: an entity and the mention that names it in the
// sentence (byte offsets into the document's text).
type Arg struct {
	ID, Name   string
	Start, End int
}

// Event is one coded event of one sentence.
type Event struct {
	// Type is the PLOVER category (AGREE, CONSULT, SUPPORT, CONCEDE,
	// COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, SANCTION,
	// PROTEST, MOBILIZE, COERCE, ASSAULT).
	Type string
	// Cameo is the closest CAMEO code ("040", "0861"…), "" when none fits.
	Cameo string
	// Actor is who acts; Recipient whom the event is directed at (nil when
	// the sentence names none); Place where it happened (nil when unsaid).
	Actor, Recipient, Place *Arg
	// Date is the event's own date (ISO 8601 with its precision), "" when
	// the sentence gives none.
	Date string
	// Start and End are the byte offsets of the sentence; Text is it.
	Start, End int
	Text       string
	// Trigger is the verb or noun that expresses the event, as written.
	Trigger                  string
	TriggerStart, TriggerEnd int
	// Negated is true for an event the sentence denies ("لم يلتق"); such
	// events are reported for inspection but are not events.
	Negated bool
}

// Entity is an entity of the analysed document, as the coder takes it.
type Entity struct {
	ID, Name, Type string
	// Country is the ISO 3166 alpha-2 code of a person's country or of a
	// GPE, when known.
	Country string
	// Kind refines Type as the entity lexicon does (country, territory,
	// capital, city, region, …); empty for a name the lexicon lacks. A
	// city that is no capital is no actor: its name in a sentence is
	// where things happen, not who does them.
	Kind string
	// Mentions are byte offsets into the document's text.
	Mentions [][2]int
}
