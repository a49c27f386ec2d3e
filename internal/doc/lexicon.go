package doc

// The language data of the clitic splitter and the sentence splitter: plain
// lists, normalised (see Normalize) when the package is loaded. Add to them
// freely; every entry should come with a reason that a reader can check.

// naturalWords are whole Arabic words (as written after any proclitics that
// were already split) that begin with و ف ب ك ل or ال as part of the word,
// and that the clitic rules would otherwise cut. Matched exactly.
var naturalWords = normSet(
	// ال that is not the article: relative pronouns, إلى/إلا written
	// without hamza, الآن, الله.
	"الله", "اللهم", "لله", "بالله", "التي", "الذي", "الذين", "اللذان", "اللتان",
	"اللذين", "اللتين", "اللاتي", "اللائي", "اللواتي", "الآن", "الى", "إلى", "الا",
	"اليه", "اليها", "اليهم", "اليهما", "اليك", "اليكم", "الينا",
	// Verbs and nouns of form VIII from roots beginning with ل: التقى is
	// one word, not ال+تقى (and التقرير is ال+تقرير, so no stem التق).
	"التقى", "التقت", "التقيا", "التقوا", "التقاء", "التزم", "التزمت", "التزام",
	"التحق", "التحاق",
	// في and its pronoun forms, فيما.
	"فيه", "فيها", "فيهم", "فيهما", "فيكم", "فينا", "فيما",
	// بعد، بعض، بين with pronouns or ما (بعدة is ب+عدة, so no stem بعد).
	"بعدما", "بعده", "بعدها", "بعدهم", "بعدهما", "بعضها", "بعضهم", "بعضهما", "بعضنا",
	// كل with pronouns, كلما.
	"كلها", "كلهم", "كلهما", "كلنا", "كلما",
	// والد (father) and its forms, as whole words: as a stem it would keep
	// every و+الد… whole (والدولة، والدفاع، والدمام، والدوحة).
	"والد", "والده", "والدة", "والدي", "والدا", "والدان", "والدين", "والديه", "والديها", "والديهم",
	"والدته", "والدتها", "والدتهم", "والدتي", "والدتك", "والدك", "والدها", "والدهم", "والدنا", "والدات",
	"والداه", "والداها", "والداهم", "والدهما", "والدتهما", "والدكم", "والدتكم", "والدتنا", "والديك", "والديكم",
	"والدينا", "والديهما", "والدتاه", "والدتان",
	// ل-words.
	"فقدت", "لماذا", "لغة", "لغات", "لدينا", "لديهم", "لديها", "لديه", "لديك",
)

// naturalStems are beginnings of Arabic words (at least three letters) whose
// first letter is a root letter, not a proclitic: وزير، بلد، كان، لقاء, and
// frequent names: بوتين، فلاديمير، كوليسنيكوف. A word that begins with one
// keeps that letter. Matched as prefixes, so inflected forms are covered
// (بلديهما، كانت، وزارة); a rare real clitic is then missed (وقتل is و+قتل
// but begins like وقت).
var naturalStems = normSet(
	// و
	"وزير", "وزار", "وزراء", "وقت", "وضع", "وصل", "وصول", "واصل", "وطن", "وفد",
	"وفق", "وفاة", "وكال", "وكيل", "ولاي", "وجود", "وجه", "واجه", "واشنطن", "وسط",
	"وسائل", "وسيل", "وحد", "وحيد", "واحد", "ورق", "وارد", "ورد", "واقع", "وقع",
	"وقوع", "ولد", "ولي", "وثيق", "وعد", "وصف", "وظيف", "وزن", "وافق",
	"ودي", "وراء", "واسع", "واضح", "وجد", "وفر", "وقف", "واصف",
	// ف
	"فلاديمير", "فلسطين", "فرنس", "فريق", "فترة", "فتر", "فكر", "فرص", "فعل",
	"فصل", "فضل", "فضاء", "فني", "فيلم", "فيروس", "فنزويل", "فنلند", "فيتنام",
	"فقر", "فقير", "فلس", "فوائد", "فراق", "فرق", "فقدان",
	// ب
	"بوتين", "باكو", "بكين", "بيلاروس", "بريطان", "بلاد", "بلد", "بيان", "برنامج",
	"برامج", "بطرس", "بطول", "بنك", "بناء", "بداي", "بدأ", "بحث", "بحر", "برلمان",
	"بغداد", "بيروت", "برلين", "بروكسل", "باريس", "باكستان", "بولند", "بلغار",
	"باشينيان", "بادر", "باتت", "بارز", "بالغ", "بعيد", "بطل", "بطاق", "بلوغ",
	"بنية", "بيئ", "بين", "بقاء", "بقي", "برج", "بريد", "بورص", "بشر", "بلاغ",
	"بنود", "بيع",
	// ك
	"كان", "كيف", "كبير", "كبرى", "كبار", "كثير", "كامل", "كتاب", "كتب", "كلم",
	"كلي", "كرة", "كأس", "كرسي", "كشف", "كافة", "كفاء", "كمي", "كوليسنيكوف",
	"كوميرسانت", "كازاخستان", "كييف", "كابول", "كندا", "كوري", "كوبا", "كرملين",
	"كافي", "كارث", "كهرباء", "كورونا", "كيلو", "كسب", "كلف", "كمال", "كريم", "كنيس",
	// ل
	"لكن", "لقاء", "لبنان", "ليبيا", "لندن", "لافروف", "لاتفيا", "ليتوان", "لجن",
	"لاعب", "ليس", "لدي", "لحظ", "ليل", "لملم", "لون", "لائح", "لقب", "لحم",
	"لعب", "لوح", "لواء",
	// ال that is not the article: German, Albanian without hamza.
	"الماني", "المان", "الباني",
)

// funcWords are the two-letter words after which و and ف are split off
// (وقد، فإن، ولم، وهو); before any other two-letter rest they are kept, since
// many short words begin with و or ف (وقت، فوق).
var funcWords = normSet(
	"قد", "في", "لم", "لن", "لا", "ما", "من", "هو", "هي", "هم", "هن", "أن", "إن",
	"عن", "مع", "كل", "لو", "أو", "ثم", "إذ", "ذا", "بل", "كم", "له", "به", "لي", "أي",
)

// Abbreviations of English that a period follows without ending a sentence,
// lower-cased, without the period. titleAbbrevs come before a name or a
// number and never end a sentence; otherAbbrevs may end one, and do when the
// next word is a sentence starter (see sentenceStarters). Dotted
// abbreviations (U.S., e.g., a.m.) are one token and count as otherAbbrevs.
var titleAbbrevs = normSet(
	"mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "capt", "sgt",
	"maj", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "cmdr",
	"insp", "mt", "ft", "no", "nos", "vol", "fig", "art", "sec", "vs", "cf",
	"approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
)

var otherAbbrevs = normSet(
	"etc", "inc", "ltd", "co", "corp", "bros", "jr", "sr", "llc", "plc", "al",
)

// sentenceStarters are capitalised English words that begin a sentence
// often enough that, after an abbreviation that may end a sentence (etc.,
// U.S., a single initial), they tell that it did: «in the U.S. The …».
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "But": true, "And": true,
	"Or": true, "So": true, "Yet": true, "However": true, "In": true, "On": true,
	"At": true, "For": true, "As": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "Although": true,
	"Meanwhile": true, "Still": true, "Then": true, "Now": true, "What": true,
	"Why": true, "How": true, "Who": true, "Some": true, "Many": true,
	"Most": true, "All": true, "No": true, "Not": true,
}

// quoteCues are Arabic words that, right after a quotation closed by a
// sentence-final mark, attribute it and so continue its sentence:
// «…» قال بوتين. A cue with و or ف in front (وقال) begins a new sentence.
var quoteCues = normSet(
	"قال", "قالت", "قالا", "قالوا", "يقول", "تقول", "أضاف", "أضافت", "يضيف",
	"تضيف", "أكد", "أكدت", "يؤكد", "تؤكد", "تابع", "تابعت", "أوضح", "أوضحت",
	"أشار", "أشارت", "ذكر", "ذكرت", "صرح", "صرحت", "كتب", "كتبت", "سأل", "سألت",
	"رد", "ردت", "علق", "علقت", "اعتبر", "اعتبرت", "استطرد", "مضيفا", "مضيفة",
	"قائلا", "قائلة", "متابعا", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "مشيرا",
	"مشيرة", "بحسب", "حسب", "حسبما", "وفق", "وفقا", "على", "يقولون",
)
