// Package stories groups articles about the same happening into stories,
// across sources and languages, and flags near-duplicates among them.
//
// Two signals decide whether two articles report one happening:
//
//   - Their text. Each article's terms (internal/terms: normalised, lightly
//     stemmed) are cut into overlapping shingles of a few terms, and the set
//     of shingles is summarised by a MinHash signature, whose agreement
//     estimates the Jaccard similarity of two sets. Locality-sensitive
//     hashing over bands of the signature finds the pairs worth comparing
//     without comparing every pair. Copies of one wire report, lightly
//     edited, share most shingles; independently written reports share
//     almost none, and articles in different languages none at all.
//   - Their entities. Entity ids do not depend on the language (بوتين and
//     Putin are both Q:vladimir-putin), so an Arabic and an English report
//     of one meeting name the same ids. Each entity weighs its inverse
//     document frequency, so that sharing Putin, Aliyev and Dushanbe is
//     strong evidence and sharing Saudi Arabia, named by every other Saudi
//     article, is next to none. The entity similarity is the cosine of the
//     two articles' weighted entity vectors (how central the shared
//     entities are to both), damped while the shared entities are too
//     few or too common to be evidence of anything (Options.MinShared).
//
// The two combine as independent evidence: 1 − (1 − text)(1 − entities).
// Only articles within Options.Window of each other are compared. Stories
// are then formed by average-linkage agglomerative clustering: starting
// from one story per article, the two stories whose articles are most
// similar on average (pairs never compared counting 0) merge, while that
// average reaches Options.Threshold. Average linkage, unlike grouping
// whatever a single link connects, does not chain two happenings together
// through one article that resembles both (a page carrying two reports, a
// roundup). Output is deterministic: a story's id is the smallest article
// id in it.
//
// The package is pure: Cluster works on documents in memory. Update and
// Rebuild drive a Store (internal/storage implements it) to keep the
// stored stories up to date.
package stories

import (
	"time"
)

// Doc is one article as the clustering sees it.
type Doc struct {
	// ID is the article's id.
	ID int64
	// Published is when the article was published; zero when unknown,
	// and then Stored is used.
	Published time.Time
	// Stored is when the article was stored, the fallback for Published.
	Stored time.Time
	// Lang is the language of the text ("ar", "en", …).
	Lang string
	// Terms are the article's search terms (title then text) in order, as
	// internal/terms makes them. Cluster does not keep them.
	Terms []string
	// Entities are the linked entities the article mentions, each with
	// its number of mentions.
	Entities []Entity
}

// Time is the time the clustering goes by: Published, or Stored when the
// publication time is unknown.
func (d *Doc) Time() time.Time {
	if d.Published.IsZero() {
		return d.Stored
	}
	return d.Published
}

// Entity is a linked entity of a Doc and how often the article mentions it.
type Entity struct {
	ID       string
	Mentions int
}

// Stats are the document frequencies that weigh entities: in how many of
// Docs documents each entity is mentioned. They usually come from the whole
// store, so that an entity's weight does not depend on which articles are
// being clustered; without them Cluster counts its own input.
type Stats struct {
	Docs int
	DF   map[string]int
}

// Options tune the clustering. The zero value is usable: every zero field
// takes the default given with it.
type Options struct {
	// Window is the longest time between two articles that are compared
	// (default 72 hours); articles further apart count as unrelated, so
	// a story spans a few days unless its reports keep coming.
	Window time.Duration
	// Threshold is the least average similarity, between 0 and 1, of
	// the articles of two stories for them to merge (default 0.4). On a
	// day of Saudi news, 0.5 splits the reports of one happening written
	// in different words, and 0.3 begins to merge themes (a week of
	// columns on Greece) rather than happenings.
	Threshold float64
	// NearDuplicate is the least text similarity, between 0 and 1, at
	// which two articles are near-duplicates: the estimated Jaccard
	// similarity of their shingle sets, or the estimated share of the
	// smaller set found in the larger (a shortened copy); default 0.5.
	NearDuplicate float64
	// MinShared is the total weight (inverse document frequency, in nats)
	// that the entities two articles share must reach for their entity
	// similarity to count in full; below it the similarity is damped by
	// the square of the ratio (default 9, about two rarely named entities,
	// or three named now and then).
	MinShared float64
	// Shingle is the number of terms in a shingle (default 4).
	Shingle int
	// Stats weigh the entities; nil counts the input documents.
	Stats *Stats
}

// Defaults of Options.
const (
	DefaultWindow        = 72 * time.Hour
	DefaultThreshold     = 0.4
	DefaultNearDuplicate = 0.5
	DefaultMinShared     = 9.0
	DefaultShingle       = 4
)

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.NearDuplicate <= 0 {
		o.NearDuplicate = DefaultNearDuplicate
	}
	if o.MinShared <= 0 {
		o.MinShared = DefaultMinShared
	}
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	return o
}

// Story is a group of articles about one happening.
type Story struct {
	// ID is the smallest article id in the story.
	ID int64
	// Lead is the id of the article that best represents the story: the
	// one most similar to the others, or for ties the earliest. Its title
	// names the story.
	Lead int64
	// First and Last are the earliest and latest times of its articles.
	First, Last time.Time
	// Members are the story's articles in time order (then by id).
	Members []Member
	// Entities are the ids of the entities that characterise the story,
	// heaviest first: weighted by their inverse document frequency and
	// their mentions in the members. At most maxStoryEntities.
	Entities []string
}

// Member is one article of a story.
type Member struct {
	ID int64
	// NearDuplicateOf is the id of the member this article is a near-copy
	// of (the earliest of its group of near-copies); 0 when it is none.
	NearDuplicateOf int64
}

// maxStoryEntities is how many entities characterise a story.
const maxStoryEntities = 8
