package stories

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/terms"
)

var day0 = time.Date(2025, 10, 9, 12, 0, 0, 0, time.UTC)

// ents makes an entity list from id, count pairs: ents("gpe:SA", 2, …).
func ents(pairs ...any) []Entity {
	var out []Entity
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, Entity{ID: pairs[i].(string), Mentions: pairs[i+1].(int)})
	}
	return out
}

// The entities marsad's analysis finds in the bundled Arabic sample (the
// Putin–Aliyev meeting at the Dushanbe summit) and in testdata/dushanbe-en.txt,
// an English report of the same meeting, with their mention counts.
var (
	meetingAr = ents("Q:vladimir-putin", 29, "Q:ilham-aliyev", 20, "gpe:RU", 14, "gpe:AZ", 10, "org:cis", 10,
		"city:dushanbe", 5, "loc:central-asia", 4, "gpe:AM", 4, "city:moscow", 4, "media:kommersant", 3,
		"x:293c4d631ade5224", 3, "gpe:KZ", 2, "gpe:SU", 2, "city:beijing", 2, "gpe:TR", 2, "gpe:UA", 2,
		"region:alaska", 2, "gpe:TJ", 1, "gpe:UZ", 1, "gpe:KG", 1, "org:kremlin", 1, "Q:sergey-lavrov", 1,
		"city:baku", 1, "gpe:US", 1, "city:saint-petersburg", 1)
	meetingEn = ents("Q:vladimir-putin", 4, "Q:ilham-aliyev", 4, "city:dushanbe", 2, "gpe:AZ", 1, "org:cis", 2,
		"org:azal", 1, "org:kremlin", 1, "city:baku", 1, "gpe:RU", 2)
)

// background are ordinary Saudi news articles of the same days, each in
// its own words: each names Saudi Arabia, half of them Riyadh, and a
// ministry (one of eight).
func background(n int) []Doc {
	rng := rand.New(rand.NewPCG(5, 6))
	var out []Doc
	for i := range n {
		words := make([]string, 120)
		for j := range words {
			words[j] = "w" + strconv.Itoa(rng.IntN(5000))
		}
		es := ents("gpe:SA", 1+i%3, "x:ministry-"+strconv.Itoa(i%8), 2)
		if i%2 == 0 {
			es = append(es, Entity{ID: "city:riyadh", Mentions: 1})
		}
		out = append(out, Doc{ID: int64(1000 + i), Published: day0.Add(time.Duration(i) * time.Hour), Lang: "ar",
			Terms: words, Entities: es})
	}
	return out
}

// storyOf returns the story that holds article id.
func storyOf(ss []Story, id int64) *Story {
	for i := range ss {
		for _, m := range ss[i].Members {
			if m.ID == id {
				return &ss[i]
			}
		}
	}
	return nil
}

func TestClusterEntities(t *testing.T) {
	an := terms.New()
	en := string(mustRead(t, "testdata/dushanbe-en.txt"))
	ar := Doc{ID: 1, Published: day0, Lang: "ar", Entities: meetingAr,
		Terms: an.Terms("النسخة السوفياتية لبوتين: مصالحة علييف ولم شمل آسيا الوسطى. طوى الرئيسان بوتين وعلييف صفحة تحطم طائرة آزال")}
	eng := Doc{ID: 2, Published: day0.Add(20 * time.Hour), Lang: "en", Entities: meetingEn, Terms: an.Terms(en)}
	// Two unrelated Saudi reports that share one country, Saudi Arabia.
	sa1 := Doc{ID: 3, Published: day0.Add(time.Hour), Lang: "ar", Entities: ents("gpe:SA", 3, "city:jeddah", 1, "x:port-authority", 2),
		Terms: an.Terms("وصلت إلى ميناء جدة الإسلامي أمس أول سفينة حاويات من الحجم الكبير ضمن خط ملاحي جديد")}
	sa2 := Doc{ID: 4, Published: day0.Add(2 * time.Hour), Lang: "ar", Entities: ents("gpe:SA", 2, "x:al-hilal", 3, "city:london", 1),
		Terms: an.Terms("يغادر فريق الهلال الأول لكرة القدم إلى لندن لإقامة معسكره الصيفي استعدادا للموسم الجديد")}
	// Sharing Russia and Moscow is not sharing a happening either.
	ru := Doc{ID: 5, Published: day0.Add(3 * time.Hour), Lang: "en", Entities: ents("gpe:RU", 3, "city:moscow", 2, "x:bolshoi", 2),
		Terms: an.Terms("The Bolshoi theatre in Moscow opened its season with a new production of Swan Lake.")}

	tests := []struct {
		name     string
		docs     []Doc
		opts     Options
		together [][2]int64
		apart    [][2]int64
	}{
		{
			name:     "alone",
			docs:     []Doc{ar, eng, sa1, sa2, ru},
			together: [][2]int64{{1, 2}},
			apart:    [][2]int64{{3, 4}, {1, 3}, {2, 5}, {1, 5}},
		},
		{
			name:     "among background news",
			docs:     append([]Doc{ar, eng, sa1, sa2, ru}, background(60)...),
			together: [][2]int64{{1, 2}},
			apart:    [][2]int64{{3, 4}, {3, 1000}, {4, 1001}, {1000, 1008}, {2, 5}},
		},
		{
			name: "store-wide statistics",
			docs: []Doc{ar, eng, sa1, sa2, ru},
			opts: Options{Stats: &Stats{Docs: 30000, DF: map[string]int{"gpe:SA": 9000, "city:jeddah": 1500, "gpe:RU": 900,
				"city:moscow": 400, "Q:vladimir-putin": 600, "Q:ilham-aliyev": 40, "city:dushanbe": 12, "gpe:AZ": 90, "org:cis": 30}}},
			together: [][2]int64{{1, 2}},
			apart:    [][2]int64{{3, 4}, {2, 5}},
		},
		{
			name:  "too far apart in time",
			docs:  []Doc{ar, {ID: 2, Published: day0.Add(10 * 24 * time.Hour), Lang: "en", Entities: meetingEn, Terms: eng.Terms}},
			apart: [][2]int64{{1, 2}},
		},
		{
			name:  "shorter window",
			docs:  []Doc{ar, eng},
			opts:  Options{Window: 12 * time.Hour},
			apart: [][2]int64{{1, 2}},
		},
		{
			name:     "stored time when the publication time is unknown",
			docs:     []Doc{ar, {ID: 2, Stored: day0.Add(time.Hour), Lang: "en", Entities: meetingEn, Terms: eng.Terms}},
			together: [][2]int64{{1, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Cluster(tt.docs, tt.opts)
			if n := countMembers(ss); n != len(tt.docs) {
				t.Fatalf("stories hold %d articles, want %d", n, len(tt.docs))
			}
			for _, p := range tt.together {
				if a, b := storyOf(ss, p[0]), storyOf(ss, p[1]); a != b {
					t.Errorf("articles %d and %d: stories %d and %d, want one story", p[0], p[1], a.ID, b.ID)
				}
			}
			for _, p := range tt.apart {
				if a, b := storyOf(ss, p[0]), storyOf(ss, p[1]); a == b {
					t.Errorf("articles %d and %d: both in story %d, want two stories", p[0], p[1], a.ID)
				}
			}
		})
	}
}

func countMembers(ss []Story) int {
	n := 0
	for _, s := range ss {
		n += len(s.Members)
	}
	return n
}

func TestClusterNearDuplicates(t *testing.T) {
	an := terms.New()
	es := ents("x:foreign-minister", 3, "x:visiting-minister", 2, "gpe:SA", 1)
	edited := strings.NewReplacer("الثلاثاء", "الأربعاء", "الكبرى", "الرئيسية").Replace(report)
	other := `استقبل وزير الخارجية نظيره الزائر وبحث معه العلاقات الثنائية والتطورات الإقليمية، واتفق الجانبان على لجنة للمتابعة.`
	docs := []Doc{
		// The original, and a lightly edited copy published later under a
		// smaller id; a third report of the same talks in other words.
		{ID: 7, Published: day0, Lang: "ar", Terms: an.Terms(report), Entities: es},
		{ID: 3, Published: day0.Add(2 * time.Hour), Lang: "ar", Terms: an.Terms(edited), Entities: es},
		{ID: 9, Published: day0.Add(3 * time.Hour), Lang: "ar", Terms: an.Terms(other), Entities: es},
		// A verbatim copy a week later is another story.
		{ID: 12, Published: day0.Add(7 * 24 * time.Hour), Lang: "ar", Terms: an.Terms(report), Entities: es},
	}
	got := Cluster(docs, Options{})
	want := []Story{
		{ID: 3, Lead: 7, First: day0, Last: day0.Add(3 * time.Hour),
			Members:  []Member{{ID: 7}, {ID: 3, NearDuplicateOf: 7}, {ID: 9}},
			Entities: []string{"x:foreign-minister", "x:visiting-minister", "gpe:SA"}},
		{ID: 12, Lead: 12, First: day0.Add(7 * 24 * time.Hour), Last: day0.Add(7 * 24 * time.Hour),
			Members:  []Member{{ID: 12}},
			Entities: []string{"x:foreign-minister", "x:visiting-minister", "gpe:SA"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Cluster =\n%+v\nwant\n%+v", got, want)
	}
}

// TestClusterDeterministic checks that the input order does not matter.
func TestClusterDeterministic(t *testing.T) {
	docs := append(background(40), syntheticDocs(300, 5)...)
	want := Cluster(docs, Options{})
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5 {
		shuffled := slices.Clone(docs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Cluster(shuffled, Options{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffled input gives other stories")
		}
	}
}

// TestClusterSynthetic checks that stories made of reports that share the
// entities of their happening, in different words, come out whole and
// apart.
func TestClusterSynthetic(t *testing.T) {
	docs := syntheticDocs(400, 10)
	ss := Cluster(docs, Options{})
	byStory := map[int64]map[int]bool{} // story id → happenings in it
	for _, d := range docs {
		s := storyOf(ss, d.ID)
		if byStory[s.ID] == nil {
			byStory[s.ID] = map[int]bool{}
		}
		byStory[s.ID][happeningOf(d)] = true
	}
	for id, hs := range byStory {
		if len(hs) > 1 {
			t.Errorf("story %d mixes happenings %v", id, hs)
		}
	}
	if got, want := len(ss), 400/10; got != want {
		t.Errorf("got %d stories, want %d", got, want)
	}
}

func TestClusterEmpty(t *testing.T) {
	if got := Cluster(nil, Options{}); len(got) != 0 {
		t.Errorf("Cluster(nil) = %v, want none", got)
	}
	got := Cluster([]Doc{{ID: 4}}, Options{})
	if len(got) != 1 || got[0].ID != 4 || got[0].Lead != 4 || len(got[0].Members) != 1 || len(got[0].Entities) != 0 {
		t.Errorf("one empty document: %+v, want one story of it", got)
	}
}
