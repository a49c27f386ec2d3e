package events

import (
	"testing"
)

// TestArabicScareQuotes: a name in quotation marks right after a verb is
// its subject or object, not a quotation; elsewhere it stays out of the
// argument rules.
func TestArabicScareQuotes(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"subject in «»", "في المقابل، هدد «حماس» إسرائيل بالرد.", []string{"THREATEN Hamas > Israel"}},
		{"subject in \"\"", "وتشددت روسيا في منع المقاتلين. وهدد \"حماس\" إسرائيل بالرد.", []string{"THREATEN Hamas > Israel"}},
		{"a real quotation keeps its speaker", "وقال بوتين «نحن ندعم علييف».", []string{"SUPPORT Putin > Aliyev"}},
	})
}

// TestArabicAgents: an agent noun with a nationality adjective (الحكومة
// الروسية، القوات الروسية) names the country as actor or recipient.
func TestArabicAgents(t *testing.T) {
	runPatternsWith(t, "ar", fakeDemonym, []patternCase{
		{"government as actor", "فرضت الحكومة الروسية عقوبات على أوكرانيا.", []string{"SANCTION Russia > Ukraine"}},
		{"forces over an adjective", "وقصفت القوات الجوية الروسية حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"with a preposition", "ندد أردوغان بالحكومة الروسية.", []string{"ACCUSE Erdogan > Russia"}},
		{"authorities as recipient", "هددت حماس السلطات الروسية بالرد.", []string{"THREATEN Hamas > Russia"}},
		{"no agent head", "زار أردوغان العاصمة الروسية.", []string{"CONSULT Erdogan > -"}},
	})
}

// TestArabicArrest: ألقى القبض على and قبض على are arrests.
func TestArabicArrest(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ألقى X القبض على Y", "ألقت الشرطة القبض على علييف.", []string{"COERCE Police > Aliyev"}},
		{"قبض X على Y", "وقبضت الشرطة على علييف أمس.", []string{"COERCE Police > Aliyev"}},
		{"negated", "ولم تلق الشرطة القبض على علييف.", []string{"NOT COERCE Police > Aliyev"}},
	})
}

// TestArabicTitlePhrases: a title phrase before a name stands where the
// name would (its preposition is the name's, a name inside it is no
// argument), the actor named again after its title is no recipient, and
// adjuncts of time and place set apart by commas do not end the clause.
func TestArabicTitlePhrases(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"recipient after a comma, a place and a date", "التقى الرئيس فلاديمير بوتين، في دوشنبه أمس، رئيس الجمهورية إلهام علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"a name inside the title is no recipient", "استقبل بوتين رئيس حكومة إسرائيل وزير الدفاع إلهام علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"مع before the title", "كما اجتمع بوتين، مع رئيس حزب العدالة والتنمية علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"بحث X مع title Y", "بحث الرئيس بوتين - حفظه الله - مع رئيس حزب القوات علييف، مستجدات الأوضاع.", []string{"CONSULT Putin > Aliyev"}},
		{"the actor's title chain", "التقى ولي العهد نائب رئيس مجلس الوزراء فلاديمير بوتين الرئيس إلهام علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"a comma before a clause still ends it", "التقى بوتين، وقال إن علييف يدعم السلام.", []string{"CONSULT Putin > -", "SUPPORT Aliyev > -"}},
	})
}

// TestArabicAnnounced: a verbal noun that is the object of a verb of
// announcing, beginning or going on takes that verb's subject as actor.
func TestArabicAnnounced(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"verb, subject, noun", "أعلنت الشرطة القبض على علييف.", []string{"COERCE Police > Aliyev"}},
		{"subject, verb, noun", "روسيا تواصل قصف حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"the genitive is the object", "وتواصل روسيا اضطهاد حماس.", []string{"COERCE Russia > Hamas"}},
		{"no announcing verb", "وقال بوتين إن القبض على علييف خطأ.", nil},
		{"هم is no country", "أعلنت روسيا اعتقال مسلحين أبدوا تأييدهم للتنظيم.", nil},
		{"announced with عن", "أعلنت الشرطة عن القبض على علييف.", []string{"COERCE Police > Aliyev"}},
		{"ordered: وجّه begins with و", "وجهت روسيا بإرسال مساعدات إلى أوكرانيا.", []string{"AID Russia > Ukraine"}},
		{"ordered, after و", "ووجه بوتين بإرسال مساعدات إلى أوكرانيا.", []string{"AID Putin > Ukraine"}},
	})
}

// TestArabicChargePassive: an unvocalised verb of accusing followed at
// once by its charge is passive (واتهم بجريمة): no event without an agent;
// with its object first it stays active.
func TestArabicChargePassive(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"passive after a coordinated verb", "اعتقلت الشرطة أردوغان واتهم بالتآمر على الدولة.", []string{"COERCE Police > Erdogan"}},
		{"passive dual", "اعتقلت الشرطة أردوغان واتهما بالإعداد لأعمال إرهابية.", []string{"COERCE Police > Erdogan"}},
		{"indefinite charge", "التقى بوتين علييف. واتهم بجريمة إرهاب.", []string{"CONSULT Putin > Aliyev"}},
		{"vocalised passive", "واتُّهم علييف بالتآمر.", nil},
		{"active: object first", "اتهم بوتين علييف بالتآمر.", []string{"ACCUSE Putin > Aliyev"}},
		{"active present", "ويتهم بوتين حماس بالإرهاب.", []string{"ACCUSE Putin > Hamas"}},
	})
}

// TestArabicDroppedSubjectGender: a verb that shows its subject's gender
// takes no dropped subject whose verb showed the other, and ت of the past
// is no first person of an organisation.
func TestArabicDroppedSubjectGender(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"organisation speaking: ت is she", "هدد داعش حماس بالرد بعد أن «قبضت على إخواننا».", []string{"THREATEN Islamic State > Hamas"}},
		{"masculine before, feminine after", "هاجم بوتين غزة. وقصفت حلب.", []string{"ASSAULT Putin > Gaza"}},
		{"feminine on both", "قصفت روسيا غزة. وهاجمت حلب.", []string{"ASSAULT Russia > Gaza", "ASSAULT Russia > Aleppo"}},
		{"masculine on both", "هاجم بوتين غزة وقصف حلب.", []string{"ASSAULT Putin > Gaza", "ASSAULT Putin > Aleppo"}},
	})
}

// TestArabicPrayer: a verb whose subject is God (أيده الله، حفظه الله) is a
// formula of respect, no event.
func TestArabicPrayer(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أيده الله", "وأعرب علييف عن شكره لروسيا بقيادة الرئيس بوتين - أيده الله - على الدعم.", []string{"SUPPORT Aliyev > Russia"}},
		{"حفظه الله", "بحث الرئيس بوتين حفظه الله مع علييف الأوضاع.", []string{"CONSULT Putin > Aliyev"}},
	})
}

// runDemonymPatterns is runPatterns with the test demonyms hooked in.
func runDemonymPatterns(t *testing.T, cases []patternCase) {
	t.Helper()
	runPatternsWith(t, "ar", fakeDemonym, cases)
}

// TestArabicNominalAttacks: attacks told by a noun or a relative clause
// (غارات للتحالف، ضربات شنتها مقاتلات التحالف، التفجير الذي نفذه X) and
// deaths that name their victims and their cause (مقتل جندي تركي برصاص
// من جانب X) are ASSAULT of the attacker on the victims' side.
func TestArabicNominalAttacks(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"relative clause, agent noun", "لقي عشرات من عناصر داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي.", []string{"ASSAULT Coalition > Islamic State"}},
		{"noun with ل", "مقتل العشرات من داعش في غارات للتحالف قرب حلب.", []string{"ASSAULT Coalition > Islamic State"}},
		{"a count before the victims", "مقتل 7 من الجنود الأتراك في اشتباكات مع تنظيم داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"genitive agent", "مقتل العشرات من داعش في قصف التحالف.", []string{"ASSAULT Coalition > Islamic State"}},
		{"relative with الذي", "وقع التفجير الانتحاري الذي نفذه تنظيم داعش في غزة.", []string{"ASSAULT Islamic State > -"}},
		{"برصاص من جانب in quotation marks", "مقتل جندي تركي وإصابة آخر برصاص من جانب \"داعش\"", []string{"ASSAULT Islamic State > Turkey"}},
		{"على يد", "مقتل جندي تركي على يد حماس.", []string{"ASSAULT Hamas > Turkey"}},
		{"clashes with", "مقتل جندي تركي باشتباكات مع «داعش» على الحدود.", []string{"ASSAULT Islamic State > Turkey"}},
		{"a result names the side struck", "شن التحالف غارات على حلب، ما أدى إلى مقتل عشرات من عناصر داعش.", []string{"ASSAULT Coalition > Aleppo", "ASSAULT Coalition > Islamic State"}},
		{"no cause", "مقتل جندي تركي في حادث سير.", nil},
		{"announced death, no cause", "أعلنت حماس مقتل جندي تركي.", nil},
	})
}

// TestArabicObjectRecipients: a recipient named by a nationality adjective
// in the object phrase of a conflict verb, or through a partitive or
// membership phrase (على ثلاثة من زعماء X، على شركات في X).
func TestArabicObjectRecipients(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"adjective in the object", "وتوعد خامنئي خلاله بتحدي السياسات الأمريكية في المنطقة.", []string{"THREATEN Khamenei > United States"}},
		{"a ministry named by its field", "وأدانت الخارجية الروسية الهجوم.", []string{"ACCUSE Russia > -"}},
		{"authorities named by the country's adjective that is its name", "أعلنت السلطات الروسية أمس، القبض على خلية تابعة لتنظيم داعش.", []string{"COERCE Russia > Islamic State"}},
		{"authorities in a country", "أعلنت السلطات الأمنية في روسيا القبض على عناصر ينتمون إلى تنظيم داعش.", []string{"COERCE Russia > Islamic State"}},
		{"the adjective that is a country's name", "ونفت تركيا الاتهامات الروسية.", []string{"REJECT Turkey > Russia"}},
		{"adjective after a VSO subject", "وانتقد أردوغان المواقف الروسية.", []string{"ACCUSE Erdogan > Russia"}},
		{"no adjective recipient of a visit", "زار أردوغان العاصمة الروسية.", []string{"CONSULT Erdogan > -"}},
		{"partitive", "فرضت الحكومة الأمريكية أمس الثلاثاء عقوبات على ثلاثة من زعماء جماعة حزب الله الشيعية.", []string{"SANCTION United States > Hezbollah"}},
		{"membership", "فرضت روسيا عقوبات على شركات في أوكرانيا.", []string{"SANCTION Russia > Ukraine"}},
		{"a plural verb's subject is no singular verb's", "وقال إن بوتين وعلييف نسقوا الهجوم، وفرضت عقوبات على شخص رابع.", []string{"COOPERATE Putin > Aliyev"}},
	})
}

// TestArabicCoordinatedTitles: recipients joined by و each behind their
// own title (X والرئيس التركي Y), an elliptic title (نظيريه الأمريكي X
// والروسي Y), a name inside a title (ووزير خارجية روسيا Y), and the
// charge of an accusation, which is no event of its own.
func TestArabicCoordinatedTitles(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"title, name, و title, name", "استقبل بوتين الرئيس الأذري إلهام علييف والرئيس التركي أردوغان في موسكو.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Erdogan"}},
		{"elliptic title", "بحث بوتين مع نظيريه الأذري إلهام علييف والتركي أردوغان الأزمة.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Erdogan"}},
		{"a name inside the title", "التقى أردوغان علييف ووزير خارجية روسيا بوتين.", []string{"CONSULT Erdogan > Aliyev", "CONSULT Erdogan > Putin"}},
		{"targets of the group", "شنت روسيا غارات على مواقع ” حماس ” في غزة.", []string{"ASSAULT Russia > Hamas"}},
		{"a geminate verb after و", "وحث بوتين علييف على الحوار.", []string{"REQUEST Putin > Aliyev"}},
		{"وعد is promised", "ووعد بوتين علييف بزيارة.", []string{"AGREE Putin > Aliyev"}},
		{"the purpose of a launched campaign", "أطلقت تركيا حملة جوية لقصف مواقع لتنظيم داعش.", []string{"ASSAULT Turkey > Islamic State"}},
		{"an office after the actor's name", "أدان أردوغان رئيس تركيا لدى الأمم المتحدة الهجوم على روسيا.", []string{"ACCUSE Erdogan > -"}},
		{"who commits the deed condemned", "أدانت روسيا الانتهاكات التي ترتكبها عناصر حماس في غزة.", []string{"ACCUSE Russia > Hamas"}},
		{"a verbal noun's agent after its title", "إن زيارة الرئيس بوتين إلى تركيا تأتي في إطار التشاور.", []string{"CONSULT Putin > Turkey"}},
		{"a joined verbal noun shares the agent", "إن زيارة بوتين إلى تركيا ولقاء الرئيس أردوغان يتم في إطار التشاور.", []string{"CONSULT Putin > Turkey", "CONSULT Putin > Erdogan"}},
		{"his majesty", "بعث بوتين برقية تهنئة لجلالة الملك أردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		{"a like cable goes to the same", "بعث بوتين برقية عزاء لفخامة الرئيس علييف. كما بعث صاحب السمو الملكي الأمير أردوغان ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع برقية عزاء مماثلة.", []string{"SUPPORT Putin > Aliyev", "SUPPORT Erdogan > Aliyev"}},
		{"what is asked is no event", "وحث بوتين علييف على عدم دعم حماس.", []string{"REQUEST Putin > Aliyev"}},
		{"what is threatened is no event", "وهددت إسرائيل حماس بقصف غزة.", []string{"THREATEN Israel > Hamas"}},
		{"training and equipping, by two", "وقال إن تركيا والولايات المتحدة تقومان حاليا بتدريب وتجهيز حماس.", []string{"AID Turkey > Hamas", "AID United States > Hamas", "AID Turkey > Hamas", "AID United States > Hamas"}},
		{"fighting against", "وتواصل روسيا محاربة شاملة ضد داعش.", []string{"ASSAULT Russia > Islamic State"}},
		{"fighting terrorism is no event", "وأكد بوتين أهمية مكافحة الإرهاب.", nil},
		{"congratulations expressed", "وأعرب أردوغان لبوتين عن تهاني تركيا بالعيد.", []string{"SUPPORT Erdogan > Putin"}},
		{"who orders the aid sent", "ووجه بوتين بإرسال طائرة محملة بمستلزمات طبية إلى غزة.", []string{"AID Putin > Gaza"}},
		{"each of", "استقبل بوتين كلاً من أردوغان وعلييف.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev"}},
		{"a list with commas", "التقى بوتين أردوغان، وعلييف، وخامنئي.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev", "CONSULT Putin > Khamenei"}},
		{"a comma after the actor's office", "بحث الأمير بوتين ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الروسي، مع الرئيس علييف العلاقات.", []string{"CONSULT Putin > Aliyev"}},
		{"a masculine verb has no country for subject", "وأدان بوتين الهجوم، وحمل روسيا وتركيا المسؤولية.", []string{"ACCUSE Putin > -", "ACCUSE Putin > Russia", "ACCUSE Putin > Turkey"}},
		{"a feminine verb may", "وأدان بوتين الهجوم، وحملت روسيا تركيا المسؤولية.", []string{"ACCUSE Putin > -", "ACCUSE Russia > Turkey"}},
		{"سرعان ما is no negation", "وسرعان ما تبنى تنظيم داعش الهجوم.", []string{"ASSAULT Islamic State > -"}},
		{"وما negates", "وما التقى بوتين أردوغان.", []string{"NOT CONSULT Putin > Erdogan"}},
		{"his highness is who acted last", "استقبل بوتين علييف. وجرى خلال الاستقبال بحث العلاقات. وأعرب سموه عن شكره لأردوغان.", []string{"CONSULT Putin > Aliyev", "SUPPORT Putin > Erdogan"}},
		{"his highness is a prince, not the adviser named after him", "وصل الأمير بوتين إلى موسكو. ويضم الوفد المستشار علييف. وأعرب سموه عن شكره لأردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		{"a prayer and a time between verb and object", "أجرى بوتين -حفظه الله-، أمس، اتصالاً هاتفياً بفخامة الرئيس علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"sanctions widened", "ووسّعت روسيا نطاق عقوباتها ضد تركيا.", []string{"SANCTION Russia > Turkey"}},
		{"firebombs thrown", "وألقى عناصر حماس زجاجات حارقة على منزل في إسرائيل.", []string{"ASSAULT Hamas > Israel"}},
		{"a noun with its possessor pronoun takes a bare object", "وقال بوتين خلال استقباله أردوغان إن العلاقات مهمة.", []string{"CONSULT Putin > Erdogan"}},
		{"the pronoun of an opening phrase points forward", "وخلال لقائه بأردوغان، أكد بوتين أهمية التعاون.", []string{"CONSULT Putin > Erdogan"}},
		{"…، قال X", "ولدى استقباله أردوغان، قال بوتين إن العلاقات قوية.", []string{"CONSULT Putin > Erdogan"}},
		{"praise of a party's efforts", "وأشاد أردوغان بجهود روسيا في المنطقة.", []string{"SUPPORT Erdogan > Russia"}},
		{"the charge is no event", "اتهمت إسرائيل حماس وحزب الله بدعم داعش.", []string{"ACCUSE Israel > Hamas", "ACCUSE Israel > Hezbollah"}},
	})
}

// TestArabicLexiconBreadth: verbs and verbal nouns of the PLOVER categories
// frequent in news, each in an invented sentence, and the words they must
// not be taken for.
func TestArabicLexiconBreadth(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"هنأ with its hamza", "هنأ بوتين علييف بفوزه في الانتخابات.", []string{"SUPPORT Putin > Aliyev"}},
		{"هنأته: the pronoun has no antecedent", "وهنأته روسيا بالعيد.", []string{"SUPPORT Russia > -"}},
		{"هنا is «here»", "وقال بوتين هنا إن علييف صديق.", nil},
		{"هناك is «there»", "وأضاف بوتين أن هناك علييف.", nil},
		{"بارك X Y", "بارك بوتين علييف على فوزه.", []string{"SUPPORT Putin > Aliyev"}},
		{"بارك الله", "بارك الله في علييف.", nil},
		{"امتدح X Y", "امتدح أردوغان روسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"arriving for a visit", "وصل أردوغان إلى دوشنبه أمس في زيارة رسمية.", []string{"CONSULT Erdogan > Dushanbe"}},
		{"arriving alone is no visit", "ووصل بوتين إلى دوشنبه.", nil},
		{"حيّا X Y", "وحيّت تركيا روسيا على موقفها.", []string{"SUPPORT Turkey > Russia"}},
		{"حيث is «where»", "وحيث إن روسيا قالت ذلك.", nil},
		{"نوه X بـY", "ونوه أردوغان بروسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"أبرم X وY اتفاقاً", "أبرمت روسيا وتركيا اتفاقاً للتعاون.", []string{"SUPPORT Russia > Turkey"}},
		{"استضاف X Y", "استضاف أردوغان علييف في أنقرة.", []string{"CONSULT Erdogan > Aliyev"}},
		{"سلم X المطلوبين إلى Y", "وسلمت تركيا المطلوبين إلى روسيا.", []string{"COOPERATE Turkey > Russia"}},
		{"سلم X أسلحته", "وسلمت حماس أسلحتها لإسرائيل.", []string{"RETREAT Hamas > Israel"}},
		{"أخلى سبيل", "أخلت الشرطة سبيل علييف.", []string{"RETREAT Police > Aliyev"}},
		{"وزع مساعدات على", "وزعت الأمم المتحدة مساعدات على غزة.", []string{"AID UN > Gaza"}},
		{"حض X Y", "حض بوتين علييف على الحوار.", []string{"REQUEST Putin > Aliyev"}},
		{"ألقى باللوم على", "ألقت روسيا باللوم على أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"استهجن X Y", "استهجن أردوغان إسرائيل.", []string{"ACCUSE Erdogan > Israel"}},
		{"عارض X", "وعارضت روسيا القرار.", []string{"REJECT Russia > -"}},
		{"المعارضة is no event", "والتقى بوتين المعارضة.", []string{"CONSULT Putin > -"}},
		{"اعترض X على", "اعترضت روسيا على القرار.", []string{"REJECT Russia > -"}},
		{"لوح X بـ", "لوحت روسيا باستخدام القوة.", []string{"THREATEN Russia > -"}},
		{"أدرج X Y على قائمة", "أدرجت الولايات المتحدة حماس على قائمة الإرهاب.", []string{"SANCTION United States > Hamas"}},
		{"أدرجهم with its antecedent", "وكان علييف بين عدة أشخاص أدرجتهم روسيا على قائمة سوداء.", []string{"SANCTION Russia > Aliyev"}},
		{"جمد X أصول Y", "جمدت الولايات المتحدة أصول حماس.", []string{"SANCTION United States > Hamas"}},
		{"مسيرة احتجاجية ضد", "نظمت حماس مسيرة احتجاجية ضد إسرائيل.", []string{"PROTEST Hamas > Israel"}},
		{"أرسل X قوات إلى Y", "أرسلت روسيا قوات إلى أوكرانيا.", []string{"MOBILIZE Russia > Ukraine"}},
		{"دفع X بتعزيزات", "ودفعت تركيا بتعزيزات إلى حلب.", []string{"MOBILIZE Turkey > Aleppo"}},
		{"ضبط X متهماً", "وضبطت الشرطة متهماً في حلب.", []string{"COERCE Police > -"}},
		{"تفكيك خلية", "أعلنت الشرطة تفكيك خلية تابعة لداعش.", []string{"COERCE Police > Islamic State"}},
		{"إيقاف متطرفين", "وأعلنت الشرطة إيقاف متطرفين في حلب.", []string{"COERCE Police > -"}},
		{"إيقاف الحرب is no arrest", "ودعا بوتين إلى إيقاف الحرب.", []string{"REQUEST Putin > -"}},
		{"اقتحم X Y", "اقتحمت الشرطة مقر حماس.", []string{"COERCE Police > Hamas"}},
		{"اعتدى X على Y", "واعتدى مسلحو حماس على الشرطة.", []string{"ASSAULT Hamas > Police"}},
		{"أعدم X Y", "أعدم داعش علييف.", []string{"ASSAULT Islamic State > Aliyev"}},
		{"أعلن X مسؤوليته عن", "وأعلن تنظيم داعش مسؤوليته عن الهجوم.", []string{"ASSAULT Islamic State > -"}},
		{"أعلن X مسؤوليته عن الهجوم على Y", "وأعلن تنظيم داعش مسؤوليته عن الهجوم على الشرطة.", []string{"ASSAULT Islamic State > Police"}},
		{"حملة مداهمات شنتها X", "قتل مسلحون في حملة مداهمات شنتها الشرطة في حلب.", []string{"ASSAULT Police > -"}},
		{"شن X حملة عسكرية على Y", "شنت تركيا حملة عسكرية على داعش.", []string{"ASSAULT Turkey > Islamic State"}},
	})
}

// TestArabicAffiliation: the group a conflict verb's object belongs to
// (تابعة لـ، موالين لـ، ينتمون إلى) is its recipient.
func TestArabicAffiliation(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"arrest of members", "اعتقلت الشرطة عناصر تابعين لحماس.", []string{"COERCE Police > Hamas"}},
		{"ينتمون إلى", "وقصفت إسرائيل مسلحين ينتمون إلى حماس.", []string{"ASSAULT Israel > Hamas"}},
		{"no conflict verb", "والتقى بوتين وفداً تابعاً لحماس.", []string{"CONSULT Putin > -"}},
	})
}

// TestArabicCondition: an act under a condition or a possibility is no
// event; a threat stays one.
func TestArabicCondition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"إذا before the verb", "وقال بوتين إن إسرائيل سترتكب خطأ إذا قصفت غزة.", nil},
		{"لو with a word between", "لو قررت روسيا قصف أوكرانيا لتغير كل شيء.", nil},
		{"احتمالات أن", "وسئل عن احتمالات أن تهاجم إسرائيل غزة.", nil},
		{"a threat with إذا stays", "وهددت روسيا أوكرانيا بالرد إذا قصفت حلب.", []string{"THREATEN Russia > Ukraine"}},
		{"no condition", "قصفت إسرائيل غزة.", []string{"ASSAULT Israel > Gaza"}},
	})
}

// TestArabicChangeIsNoRaid: يغير and تغير are «changes», not أغار (raided).
func TestArabicChangeIsNoRaid(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"يغير", "وقال بوتين إن روسيا لن تغير موقفها.", nil},
		{"لتغير", "وكانت روسيا لتغير سياستها.", nil},
	})
}

// TestArabicObjectList: a list of recipients goes on over وحتى and وكذلك,
// and an adjective after the noun of an adjunct closes its construct
// (في تقرير سنوي X: X is the object, no genitive).
func TestArabicObjectList(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"وحتى", "اتهمت روسيا تركيا وإسرائيل وحتى أوكرانيا بدعم الإرهاب.", []string{"ACCUSE Russia > Turkey", "ACCUSE Russia > Israel", "ACCUSE Russia > Ukraine"}},
		{"adjective after the adjunct's noun", "اتهمت روسيا في تقرير سنوي تركيا بدعم الإرهاب.", []string{"ACCUSE Russia > Turkey"}},
		{"a genitive stays one", "التقى بوتين على هامش قمة روسيا أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicNewsWire: forms frequent in agency copy — a call made with
// بـ or received from someone, دان beside أدان, a military operation
// launched against a group; a dateline of several parts is no subject, a
// bare name after a relative pronoun is no object, and the link and tag
// lines of a site are no story.
func TestArabicNewsWire(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أجرى اتصالاً بـY", "أجرى بوتين اتصالاً هاتفياً اليوم بأردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"تلقى اتصالاً من Y", "تلقى بوتين اتصالاً هاتفياً من أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"تلقى دعوة stays AGREE", "تلقى بوتين دعوة من أردوغان.", []string{"AGREE Putin > Erdogan"}},
		{"دانت", "ودانت تركيا بشدة الهجوم على غزة.", []string{"ACCUSE Turkey > -"}},
		{"أطلق عملية عسكرية ضد", "أطلقت تركيا عملية عسكرية ضد تنظيم داعش.", []string{"ASSAULT Turkey > Islamic State"}},
		{"بدأ هجوماً على", "وبدأت روسيا هجوماً على أوكرانيا.", []string{"ASSAULT Russia > Ukraine"}},
		{"a dateline with a dash", "سبق – الرياض: دانت تركيا الهجوم.", []string{"ACCUSE Turkey > -"}},
		{"a name in a relative clause", "دانت تركيا العمل الذي استهدف علييف.", []string{"ACCUSE Turkey > -"}},
		{"the link line", "رابط الخبر بصحيفة الرياض: تركيا تدين الهجوم", nil},
		{"the tags line", "سمات اتهام روسيا تركيا", nil},
		{"the tags after a full stop", "اتهمت روسيا تركيا بالكذب. سمات اتهام حماس إسرائيل", []string{"ACCUSE Russia > Turkey"}},
	})
}

// TestArabicArmedMen: armed men of a group named after the verb act for
// the group (مسلحون تابعون لـX، متشددون من X، مقاتلي X), and the places
// and members of a group in a conflict verb's object name it as recipient
// (مواقع لـX، عناصر من X); فجراً is «at dawn».
func TestArabicArmedMen(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"مسلحون تابعون لـX", "هاجم مسلحون تابعون لحماس دورية في غزة.", []string{"ASSAULT Hamas > -"}},
		{"متشددون من X", "وهاجم متشددون من تنظيم داعش حلب.", []string{"ASSAULT Islamic State > Aleppo"}},
		{"مقاتلي X", "وهاجم مقاتلي حزب الله حلب.", []string{"ASSAULT Hezbollah > Aleppo"}},
		{"men of a place are no group", "هاجم مسلحون من غزة إسرائيل.", nil},
		{"مواقع لـX", "وقصفت إسرائيل مواقع لحماس.", []string{"ASSAULT Israel > Hamas"}},
		{"عناصر من X", "واعتقلت الشرطة عناصر من حماس.", []string{"COERCE Police > Hamas"}},
		{"no conflict verb", "وزار أردوغان مواقع لحماس.", []string{"CONSULT Erdogan > -"}},
		{"فجراً", "وقالت روسيا إن حماس هاجمت المعبر فجرا.", []string{"ASSAULT Hamas > -"}},
	})
}

// TestArabicSport: teams that meet in a match hold no meeting.
func TestArabicSport(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a match", "ويلتقي المنتخب الروسي تركيا في البطولة.", nil},
		{"a meeting stays one", "ويلتقي بوتين أردوغان في دوشنبه.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicGreeting: كان X في استقبال Y and وكان في استقباله X tell that X
// greeted the visitor Y on arrival: X consults Y.
func TestArabicGreeting(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the pronoun is the one who arrived", "وصل علييف إلى موسكو أمس، وكان في استقباله بوتين.", []string{"CONSULT Putin > Aliyev"}},
		{"كان X في استقبال Y", "وكان الرئيس بوتين في استقبال علييف لدى وصوله إلى المطار.", []string{"CONSULT Putin > Aliyev"}},
		{"the greeter after an adjunct of arrival", "وكان في استقبال علييف لدى وصوله إلى الرياض الرئيس بوتين.", []string{"CONSULT Putin > Aliyev"}},
		{"several greeters", "وصل علييف، وكان في استقباله بوتين وأردوغان.", []string{"CONSULT Putin > Aliyev", "CONSULT Erdogan > Aliyev"}},
		{"no كان: no greeting", "أشاد بوتين في استقبال علييف بالتعاون.", []string{"SUPPORT Putin > -"}},
	})
}

// TestArabicReceivedTitles: استقبل X with a title phrase for recipient
// names the institution or the country after the title words.
func TestArabicReceivedTitles(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"رئيس وأعضاء مجلس إدارة Y", "استقبل بوتين رئيس وأعضاء مجلس إدارة حماس.", []string{"CONSULT Putin > Hamas"}},
		{"سفير دولة Y", "استقبل بوتين سفير دولة روسيا لدى تركيا.", []string{"CONSULT Putin > Russia"}},
		{"سفير Y", "واستقبل أردوغان سفير روسيا.", []string{"CONSULT Erdogan > Russia"}},
	})
}

// TestArabicCourtSentence: a court's sentence is COERCE (CAMEO 173) of the
// court, or of the country its adjective names, on the one sentenced.
func TestArabicCourtSentence(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"حكمت X على Y بالسجن", "حكمت المحكمة الروسية على علييف بالسجن عشر سنوات.", []string{"COERCE Russia > Aliyev"}},
		{"أصدرت X حكماً بإعدام Y", "وأصدرت المحكمة التركية حكماً بإعدام علييف.", []string{"COERCE Turkey > Aliyev"}},
		{"أصدرت X أحكاماً بالسجن على Y وZ", "وأصدرت المحكمة التركية أحكاماً بالسجن على علييف وأردوغان.", []string{"COERCE Turkey > Aliyev", "COERCE Turkey > Erdogan"}},
		{"an organisation as the court", "حكمت حماس على أردوغان بالإعدام.", []string{"COERCE Hamas > Erdogan"}},
		{"a ruling is no sentence", "وحكم بوتين روسيا عشرين عاماً.", nil},
		{"a court with no name acts for no one", "وقد حكمت المحكمة على علييف بالسجن.", nil},
	})
}

// TestArabicParticiple: an active participle in the accusative after the
// main clause (مطالباً، محمّلاً، معرباً عن) is an event of the main
// verb's subject; the name after it is its object, never its subject.
func TestArabicParticiple(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"مطالباً X بـ", "وقال بوتين إن الحوار ممكن، مطالباً أوكرانيا بوقف القصف.", []string{"REQUEST Putin > Ukraine"}},
		{"ملتمساً Y من X", "وقال بوتين إن الوضع صعب، ملتمساً الدعم من الأمم المتحدة.", []string{"REQUEST Putin > UN"}},
		{"محمّلةً X المسؤولية", "ونددت روسيا بالهجوم، محملةً إسرائيل المسؤولية.", []string{"ACCUSE Russia > -", "ACCUSE Russia > Israel"}},
		{"معرباً عن شكره لـ", "وأكد أردوغان أهمية الزيارة، معرباً عن شكره لروسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"منتقداً X", "وتحدث أردوغان عن الأزمة منتقداً إسرائيل.", []string{"ACCUSE Erdogan > Israel"}},
		{"محذراً من", "وأنهى بوتين كلمته محذراً أردوغان من التصعيد.", []string{"THREATEN Putin > Erdogan"}},
		{"no subject near the start", "وقال مسؤول في الوزارة التي تتعامل مع ملف روسيا، مطالباً بالتهدئة.", nil},
		{"مقدماً is «in advance»", "ودفعت تركيا الثمن مقدماً.", nil},
	})
}

// TestArabicLexiconNews: verbs of Saudi and Arab political and security
// news added from a count over a news corpus, each in an invented
// sentence, with the senses they must not be taken in.
func TestArabicLexiconNews(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"وجّه X Y بـ (a directive)", "ووجه بوتين الشرطة بسرعة القبض على الجناة.", []string{"REQUEST Putin > Police"}},
		{"يوجههم بأسلوبه is no directive", "وكان بوتين يوجههم بأسلوبه اللطيف.", nil},
		{"وجه اتهامات إلى", "ووجهت روسيا اتهامات إلى أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"نقل تعازي X لـY", "ونقل أردوغان تعازي تركيا لروسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"سلم X رسالة إلى Y", "وسلم أردوغان رسالة إلى بوتين.", []string{"CONSULT Erdogan > Putin"}},
		{"تسلم X رسالة من Y", "تسلم علييف رسالة من بوتين.", []string{"CONSULT Aliyev > Putin"}},
		{"أكد وقوف X إلى جانب Y", "وأكد بوتين وقوف روسيا إلى جانب علييف.", []string{"SUPPORT Putin > Aliyev"}},
		{"وقف X بجانب Y", "وقفت تركيا بجانب روسيا.", []string{"SUPPORT Turkey > Russia"}},
		{"من جانب X is still the agent", "وجرى الاجتماع من جانب روسيا.", []string{"CONSULT Russia > -"}},
		{"أكد رفض", "وأكدت روسيا رفضها للقرار.", []string{"REJECT Russia > -"}},
		{"أعلن X اعتقال … تأييدهم is no support", "أعلنت روسيا اعتقال مسلحين أبدوا تأييدهم للتنظيم.", nil},
		{"قلد X Y وساماً", "قلد بوتين علييف وسام الصداقة.", []string{"SUPPORT Putin > Aliyev"}},
		{"سيّر X قافلة إلى Y", "وسيرت تركيا قافلة مساعدات إلى غزة.", []string{"AID Turkey > Gaza"}},
		{"سحب X قواته من Y", "سحبت روسيا قواتها من أوكرانيا.", []string{"RETREAT Russia > Ukraine"}},
		{"أطاحت X بـY", "وأطاحت الشرطة بعلييف في الرياض.", []string{"COERCE Police > Aliyev"}},
		{"ضبط X مخالفين", "وضبطت الشرطة مخالفين في الرياض.", []string{"COERCE Police > -"}},
		{"أحبط X مخططاً لـY", "أحبطت الشرطة مخططاً لتنظيم داعش.", []string{"COERCE Police > Islamic State"}},
		{"سيطر X على Y", "وسيطر تنظيم داعش على حلب.", []string{"COERCE Islamic State > Aleppo"}},
		{"التي يسيطر عليها is a state", "وقصفت تركيا حلب التي يسيطر عليها داعش.", []string{"ASSAULT Turkey > Aleppo"}},
		{"دمّر X Y", "ودمرت تركيا مقر حماس.", []string{"ASSAULT Turkey > Hamas"}},
		{"تصدى X لـY", "وتصدت تركيا لداعش.", []string{"ASSAULT Turkey > Islamic State"}},
		{"عزز X قواته في Y", "وعززت تركيا قواتها في حلب.", []string{"MOBILIZE Turkey > Aleppo"}},
		{"أحال X Y إلى النيابة", "وأحالت الشرطة علييف إلى النيابة.", []string{"ACCUSE Police > Aliyev"}},
		{"فجر اليوم is «dawn»", "وقصفت إسرائيل غزة فجر اليوم.", []string{"ASSAULT Israel > Gaza"}},
		{"فجّر X نفسه", "وفجر داعش سيارة مفخخة في حلب.", []string{"ASSAULT Islamic State > -"}},
		{"التقني is «technical»", "وأكد بوتين أهمية التعاون التقني مع علييف.", nil},
		{"يقرأ is no admission", "وبوتين يقرأ الرسالة.", nil},
	})
}

// TestArabicClauseOfAnna: the subject of a verb in a clause of أنّ may be
// a noun in construct that is no entity (بأن مقاتلات التحالف شنت): no
// actor of the sentence is taken for it, and a name in that clause is no
// object of the verb before أنّ.
func TestArabicClauseOfAnna(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"construct subject after بأن", "وقال بوتين بأن مقاتلات الجيش قصفت حلب.", nil},
		{"a name after أن is no object", "اعترفت روسيا بأن قوات حماس دخلت غزة.", []string{"CONCEDE Russia > -"}},
		{"pronoun subject after أن still the speaker's", "وقال بوتين إنه التقى علييف.", []string{"CONSULT Putin > Aliyev"}},
	})
}

// TestArabicNounOrVerb: words whose noun is written like the verb (طلب a
// request, أقرّ approved) are coded only in the verb's pattern.
func TestArabicNounOrVerb(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"طلب X من Y", "وطلب بوتين من علييف وقف القتال.", []string{"REQUEST Putin > Aliyev"}},
		{"طلب the noun", "وقالت روسيا إن الطلب ارتفع إلى ألف طلب.", nil},
		{"أقر X بـ (admitted)", "وأقر بوتين بمسؤولية روسيا.", []string{"CONCEDE Putin > -"}},
		{"أقر X the law (approved)", "وأقر بوتين القانون الجديد.", nil},
		{"اعترف X بـ", "واعترف بوتين بالهزيمة.", []string{"CONCEDE Putin > -"}},
	})
}

// TestArabicHonorifics: forms of address (معالي، فخامة) and abbreviated
// titles (د.) belong to the title phrase before a name, so the name after
// them is still the verb's subject or object.
func TestArabicHonorifics(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"معالي before both", "استقبل معالي الوزير بوتين بمكتب معاليه في الرياض أمس معالي الرئيس علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"د. before the subject", "استقبل الوزير د. بوتين الرئيس علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"فخامة before the object", "والتقى بوتين فخامة الرئيس علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"أوعز إلى X", "وأوعز بوتين إلى الشرطة بملاحقة الجناة.", []string{"REQUEST Putin > Police"}},
	})
}

// TestArabicLightVerb: قام X بـ + verbal noun and تمكّن X من + verbal noun
// say that X did it, over an adjunct of time.
func TestArabicLightVerb(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"قام X اليوم بزيارة إلى Y", "قام أردوغان اليوم بزيارة إلى روسيا.", []string{"CONSULT Erdogan > Russia"}},
		{"قامت X بمداهمة", "وقامت الشرطة بمداهمة مقر في حلب.", []string{"COERCE Police > -"}},
		{"تمكنت X من القبض على Y", "وتمكنت الشرطة من القبض على علييف.", []string{"COERCE Police > Aliyev"}},
		{"قام بدور is no event", "وقام بوتين بدور كبير في الحوار.", nil},
	})
}

// TestArabicOpenFire: فتح with its object — fire (ASSAULT), bases or
// airspace for another (COOPERATE) — and alerts declared (MOBILIZE).
func TestArabicOpenFire(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"فتح X النار على Y", "وفتحت حماس النار على الشرطة.", []string{"ASSAULT Hamas > Police"}},
		{"فتح X قواعده لـY", "وفتحت تركيا قواعدها الجوية لروسيا.", []string{"COOPERATE Turkey > Russia"}},
		{"فتح باب is no event", "وفتحت روسيا باب التسجيل.", nil},
		{"أعلن X حالة التأهب", "وأعلنت إسرائيل حالة التأهب في غزة.", []string{"MOBILIZE Israel > Gaza"}},
	})
}

// TestArabicParticipleSubject: a participle takes only the main verb's own
// subject near the sentence's start, never a name elsewhere in the
// sentence, and مجدداً («again») is no participle.
func TestArabicParticipleSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"من جهته قال X …، مطالباً", "من جهته، قال بوتين إن الوضع صعب، مطالباً أوكرانيا بالتهدئة.", []string{"REQUEST Putin > Ukraine"}},
		{"a pronoun subject: no actor", "وأثنى سموه على دعم روسيا، مشيداً بالتعاون.", []string{"SUPPORT Russia > -"}},
		{"a name after a preposition is no subject", "وفي حديث مع بوتين قال الوزير إن الحوار مهم، مطالباً بالتهدئة.", nil},
		{"مجدداً is «again»", "وأكد بوتين مجدداً أن الحوار ممكن.", nil},
	})
}

// TestArabicParticipleFallback: the words of a participle's object phrase
// (مقدماً شكره) stay triggers of their own, coded only when the participle
// codes nothing, and they do not cut the participle's window short.
func TestArabicParticipleFallback(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the noun after a participle with no subject", "وقال بوتين إن الحوار مهم. وفي ختام اللقاء قال الوزير إن العمل مستمر، مقدماً شكره لعلييف.", nil},
		{"no double event", "وأكد بوتين أهمية الحوار، مقدماً شكره لعلييف.", []string{"SUPPORT Putin > Aliyev"}},
	})
}

// TestArabicEnvoyTitle: «إلى X» and «لدى X» after an envoy's title belong
// to the title phrase (المبعوث الأممي إلى اليمن Y), a verbal noun with its
// agent as a pronoun takes its object bare (خلال لقائه اليوم Y), and an
// invitation's «إلى زيارة» may stand after a long object.
func TestArabicEnvoyTitle(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"المبعوث إلى X Y", "والتقى بوتين المبعوث الأممي إلى روسيا علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"السفير لدى X Y", "واستقبل بوتين السفير لدى تركيا علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"لقائه اليوم Y", "وأكد بوتين خلال لقائه اليوم علييف أهمية الحوار.", []string{"CONSULT Putin > Aliyev"}},
		{"دعا X … إلى زيارة", "ودعا بوتين خلال لقائه اليوم المبعوث الأممي إلى روسيا علييف، في دوشنبه إلى زيارة موسكو.", []string{"AGREE Putin > Aliyev", "CONSULT Putin > Aliyev"}},
		{"دعا X إلى وقف is a request", "ودعا بوتين علييف إلى وقف القتال.", []string{"REQUEST Putin > Aliyev"}},
	})
}

// TestArabicGluedPreposition: a name whose first word carries a preposition
// (بالرئيس، للرئيس) is governed by it: no title phrase before it makes it
// the verb's subject.
func TestArabicGluedPreposition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"بالرئيس X after a title with no name", "واتصل سمو ولي العهد بالرئيس الأذري، مشيداً بالعلاقات.", nil},
		{"the same with a named subject", "واتصل بوتين بالرئيس الأذري، مشيداً بالعلاقات.", []string{"CONSULT Putin > Aliyev", "SUPPORT Putin > -"}},
	})
}

// TestArabicAidAndRulings: aid handed over (سلّم مساعدات إلى) and a
// court's ruling (قضت المحكمة بسجن X).
func TestArabicAidAndRulings(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"سلم X مساعدات إلى Y", "وسلمت تركيا مساعدات طبية إلى غزة.", []string{"AID Turkey > Gaza"}},
		{"قضت X بسجن Y", "وقضت الشرطة بسجن علييف خمس سنوات.", []string{"COERCE Police > Aliyev"}},
		{"قضى is also «spent»", "وقضى بوتين عطلته في دوشنبه.", nil},
	})
}

// TestArabicUncover: كشف with a cell or a network for object is a security
// operation; كشف تقرير (a report revealed) is none.
func TestArabicUncover(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"كشفت X خلية", "وكشفت الشرطة خلية تابعة لداعش.", []string{"COERCE Police > Islamic State"}},
		{"كشف تقرير", "وكشف تقرير لروسيا أن الوضع خطير.", nil},
		{"ضبطت X نساء", "وضبطت الشرطة ثلاث نساء في حلب.", []string{"COERCE Police > -"}},
	})
}

// TestArabicNounFalseFriends: possessive nouns written like verb forms
// with a pronoun (ثمنها its price, سيطرتها its control) and فلا before a
// verb.
func TestArabicNounFalseFriends(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ثمنها is «its price»", "ودفعت روسيا ثمنها كاملاً.", nil},
		{"سيطرتها is «its control»", "وتراجعت مناطق سيطرتها على حلب.", nil},
		{"فلا negates", "فلا تعترف روسيا بخطئها.", []string{"NOT CONCEDE Russia > -"}},
		{"recognising is no concession", "واعترفت روسيا بالحكومة.", nil},
	})
}

// TestArabicBetween: a verbal noun of a symmetric entry names its two
// sides after بين (اشتباكات عنيفة بين X وY، محادثات بين X وY، عُقد اجتماع
// بين X وY): one event a pair, and a noun of fighting needs its sides.
func TestArabicBetween(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"clashes between", "اندلعت اشتباكات عنيفة بين حماس وإسرائيل في غزة.", []string{"ASSAULT Hamas > Israel"}},
		{"battles, time word between", "دارت معارك ضارية اليوم بين روسيا وأوكرانيا.", []string{"ASSAULT Russia > Ukraine"}},
		{"talks between", "جرت محادثات بين روسيا وتركيا في دوشنبه.", []string{"CONSULT Russia > Turkey"}},
		{"summit between", "انتهت القمة بين بوتين وأردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"meeting held between", "عقد اجتماع بين بوتين وأردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"signed, passive", "تم توقيع اتفاقية بين روسيا وتركيا للتعاون.", []string{"SUPPORT Russia > Turkey"}},
		{"arrest, passive, no agent", "تم القبض على علييف.", nil},
		{"feminine passive, no agent", "وتمت دعوة بوتين لزيارة روسيا، وتمنى أردوغان أن تتم دعوته.", nil},
		{"one side only", "اندلعت اشتباكات بين حماس ومسلحين.", nil},
		{"confronting, no sides", "أكد بوتين أهمية مواجهة الإرهاب.", nil},
	})
}

// TestArabicAdjectiveAgent: a verbal noun of an attack, a sanction or aid
// names its doer by a nationality adjective (الهجوم الروسي على X، غارة
// روسية، الضربات الجوية الأمريكية); what it struck follows (لمواقع X).
func TestArabicAdjectiveAgent(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"definite", "وصف بوتين الهجوم التركي على حلب بالخطير.", []string{"ASSAULT Turkey > Aleppo"}},
		{"over another adjective", "استمرت الضربات الجوية الأمريكية على داعش.", []string{"ASSAULT United States > Islamic State"}},
		{"target with ل", "تواصل القصف الروسي لمواقع داعش.", []string{"ASSAULT Russia > Islamic State"}},
		{"adjectives must agree", "استمر القصف على مدينة تركية.", nil},
		{"condemned attack is an event", "أدانت روسيا الغارات الأمريكية على داعش.", []string{"ACCUSE Russia > United States", "ASSAULT United States > Islamic State"}},
		{"alleged deed is none", "اتهمت روسيا أوكرانيا بقصف حلب.", []string{"ACCUSE Russia > Ukraine"}},
	})
}

// TestArabicDeathVerbs: a verb of death or wound whose subject is the
// victim (استشهد جندي تركي برصاص X، قُتل 5 جنود في هجوم لـX، أصيب)
// gives the attack its recipient; the active قتل with its subject stays.
func TestArabicDeathVerbs(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"martyred by fire of", "استشهد جندي تركي برصاص داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"killed, a count", "قتل 5 جنود أتراك في هجوم لداعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"killed by an adjective's raid", "قتل جنديان تركيان في غارة روسية على الحدود.", []string{"ASSAULT Russia > Turkey"}},
		{"wounded", "أصيب ثلاثة جنود أتراك بنيران حماس.", []string{"ASSAULT Hamas > Turkey"}},
		{"active killed", "قتل الجيش التركي عشرين من مسلحي داعش.", []string{"ASSAULT Turkey > Islamic State"}},
		{"no cause", "أصيب ثلاثة جنود أتراك في حادث سير.", nil},
	})
}

// TestArabicUndergo: تعرّض X لـ (underwent) names who suffered the verbal
// noun after it, and who acted after من, من قبل, an agent noun, or an
// adjective.
func TestArabicUndergo(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"من", "تعرضت روسيا لهجوم من أوكرانيا.", []string{"ASSAULT Ukraine > Russia"}},
		{"من قبل, after كان", "وكانت أوكرانيا تعرضت لقصف من قبل روسيا.", []string{"ASSAULT Russia > Ukraine"}},
		{"agent noun", "تعرضت مواقع داعش لقصف مكثف من طائرات التحالف.", []string{"ASSAULT Coalition > Islamic State"}},
		{"adjective", "تعرضت حلب لغارات روسية.", []string{"ASSAULT Russia > Aleppo"}},
		{"no one acts", "تعرضت حلب لقصف عنيف.", nil},
	})
}

// TestArabicCounterpart: a counterpart named by office and nationality
// alone (مع نظيره الإيطالي) is his country, a named one is himself, and a
// city after «في العاصمة» is where they met.
func TestArabicCounterpart(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"unnamed", "بحث بوتين مع نظيره التركي العلاقات.", []string{"CONSULT Putin > Turkey"}},
		{"unnamed, the capital after", "أجرى بوتين مباحثات مع نظيره التركي في العاصمة الرياض.", []string{"CONSULT Putin > Turkey"}},
		{"named", "استقبل بوتين نظيره التركي أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicPrayerSourceOffice: دعا addressing God is a prayer, no
// request; a name after بحسب is a source, never a speaker or an actor;
// «لمقام X» is to X; a word of a name is no object (تحالف دعم الشرعية).
func TestArabicPrayerSourceOffice(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"prayer", "ودعت حماس الله سبحانه وتعالى أن يتقبلهم.", nil},
		{"participle of prayer", "وأدانت روسيا الهجوم، داعية المولى أن يرحم الضحايا.", []string{"ACCUSE Russia > -"}},
		{"call", "ودعت حماس إسرائيل إلى الهدوء.", []string{"REQUEST Hamas > Israel"}},
		{"source", "وقالت حماس في بيان -بحسب الأمم المتحدة- «نرحب بالقرار».", []string{"SUPPORT Hamas > -"}},
		{"to the office of", "رفع بوتين تعازيه لمقام علييف.", []string{"SUPPORT Putin > Aliyev"}},
		{"word of a name", "أعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن وفاة جنديين.", nil},
	})
}

// TestArabicTerritory: the country of a territory after a preposition of
// movement is what an attack is aimed at (تسللوا إلى الأراضي التركية، على
// المناطق التركية), not the one whose border is crossed (عبر الحدود).
func TestArabicTerritory(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"into the territory", "قامت حماس بالتسلل المسلح إلى الأراضي التركية.", []string{"ASSAULT Hamas > Turkey"}},
		{"on the areas", "أطلقت حماس قذائف على المناطق التركية.", []string{"ASSAULT Hamas > Turkey"}},
		{"across the border", "شنت حماس هجمات عبر الحدود التركية.", []string{"ASSAULT Hamas > -"}},
		{"infiltration unarmed is none", "تسلل مهاجرون إلى الأراضي التركية.", nil},
	})
}

// TestArabicMeetingPairs: a meeting that brought two together (جمع بين X
// وY) and a noun of a symmetric entry with two nationality adjectives
// (المباحثات الروسية التركية) name both sides; a counterpart in a phrase
// the entry does not govern is no recipient.
func TestArabicMeetingPairs(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"brought together", "أشاد أردوغان بالاجتماع الذي جمع بين بوتين وعلييف.", []string{"SUPPORT Erdogan > -", "CONSULT Putin > Aliyev"}},
		{"brought together, a name before", "أشاد أردوغان في مؤتمر مع حماس بالاجتماع، الذي جمع بين بوتين وعلييف.", []string{"SUPPORT Erdogan > -", "CONSULT Putin > Aliyev"}},
		{"two adjectives", "انطلقت المباحثات الروسية التركية في دوشنبه.", []string{"CONSULT Russia > Turkey"}},
		{"collect, no meeting", "جمعت حماس التبرعات بين المواطنين.", nil},
		{"the meeting that brought them together", "تمت مناقشة العلاقات خلال اللقاء الذي جمع بوتين وعلييف.", []string{"CONSULT Putin > Aliyev"}},
		{"collect, no meeting, no بين", "جمعت حماس التبرعات.", nil},
		{"counterpart in another phrase", "وأشاد بوتين في مؤتمر صحفي مع نظيره التركي بالاتفاق.", []string{"SUPPORT Putin > -"}},
	})
}

// TestArabicEffortsAndFarewell: the verbal noun after the efforts of a
// party is that party's act on its genitive (جهود X في دعم Y، بجهود X
// لدعم Y); praise of a nation's role names it by its adjective (نوّه
// بالدور التركي); accepting an invitation is AGREE with its host; seeing
// off a visitor is hosting him (ودّع X Y، كان في وداعه X).
func TestArabicEffortsAndFarewell(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"efforts in", "ثمن أردوغان جهود روسيا في دعم أوكرانيا.", []string{"SUPPORT Erdogan > Russia", "SUPPORT Russia > Ukraine"}},
		{"efforts with ل", "وأشاد أردوغان بجهود روسيا لدعم أوكرانيا.", []string{"SUPPORT Erdogan > Russia", "SUPPORT Russia > Ukraine"}},
		{"the role by its adjective", "نوه بوتين بالدور التركي في المنطقة.", []string{"SUPPORT Putin > Turkey"}},
		{"congratulated with ل", "بارك بوتين لأردوغان الفوز.", []string{"SUPPORT Putin > Erdogan"}},
		{"accepted the invitation", "لبى أردوغان دعوة بوتين لزيارة روسيا.", []string{"AGREE Erdogan > Putin"}},
		{"saw off", "ودع بوتين أردوغان في المطار.", []string{"CONSULT Putin > Erdogan"}},
		{"in his farewell", "غادر أردوغان روسيا. وكان في وداعه بوتين.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicCounterpartNamed: a counterpart named by nationality alone is
// the person the article names by that country's title elsewhere; a call
// received names its caller or is no event; a recipient may stand after
// the actor's long title chain and its own.
func TestArabicCounterpartNamed(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"named elsewhere", "بحث بوتين مع نظيره الأذري العلاقات. وكان بوتين التقى الرئيس الأذري أمس.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Aliyev"}},
		{"call with no caller", "تلقت الشرطة اتصالا لإبلاغها بالحادث.", nil},
		{"long titles", "استقبل صاحب السمو الملكي الأمير بوتين ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في قصر السلام بجدة مساء اليوم معالي وزير الدولة لشئون الدفاع القطري اللواء ركن أردوغان والوفد المرافق له.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicBattlefield: the verbs of war reporting: liberating a place
// from a side, wresting or storming its positions, inflicting losses,
// retaking control from it, advancing at its expense are ASSAULT on that
// side; expelling (an ambassador, a member) stays a sanction.
func TestArabicBattlefield(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"liberated from", "تمكنت حماس من تحرير غزة من داعش.", []string{"ASSAULT Hamas > Islamic State"}},
		{"wrested", "انتزعت حماس آخر حصون داعش في غزة.", []string{"ASSAULT Hamas > Islamic State"}},
		{"stormed positions", "اقتحمت حماس مواقع داعش في غزة.", []string{"ASSAULT Hamas > Islamic State"}},
		{"stormed a house", "اقتحمت الشرطة منزل علييف.", []string{"COERCE Police > Aliyev"}},
		{"expelled from membership", "طردت الأمم المتحدة روسيا من عضويتها.", []string{"SANCTION UN > Russia"}},
		{"expelled the ambassador", "طردت روسيا السفير التركي.", []string{"SANCTION Russia > Turkey"}},
		{"inflicted losses", "كبدت حماس داعش خسائر فادحة.", []string{"ASSAULT Hamas > Islamic State"}},
		{"retook control from", "استعادت حماس السيطرة على غزة من داعش.", []string{"ASSAULT Hamas > Islamic State"}},
		{"retook a city from the hands of", "استعادت حماس مدينة غزة من أيدي داعش.", []string{"ASSAULT Hamas > Islamic State"}},
		{"liberated from the grip of", "حررت حماس غزة من قبضة داعش.", []string{"ASSAULT Hamas > Islamic State"}},
		{"recovered money", "استعادت روسيا أموالها من أوكرانيا.", nil},
		{"advanced at the expense of", "أحرزت حماس تقدما على حساب داعش في غزة.", []string{"ASSAULT Hamas > Islamic State"}},
	})
}

// TestArabicArmedMenAfterAnna: after أنّ, the noun of a group's armed men
// in construct with the group (أن عناصر تنظيم داعش هاجمت، أن مقاتلات
// التحالف قصفت) is the clause's subject, and the group acts; a noun in
// construct with no name still names no actor.
func TestArabicArmedMenAfterAnna(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"men of the group", "وأفادت روسيا في بيان أن عناصر داعش هاجمت حلب.", []string{"ASSAULT Islamic State > Aleppo"}},
		{"fighters of the coalition", "وذكرت تركيا أن مقاتلات التحالف قصفت مواقع داعش.", []string{"ASSAULT Coalition > Islamic State"}},
		{"no name", "وقال بوتين بأن مقاتلات الجيش قصفت حلب.", nil},
	})
}

// TestArabicCondolencesAndPraise: «قدّم واجب العزاء لـ X» is support of X,
// and praise «على دور X» is of X; a verbal noun after على keeps its
// genitive as its agent (أثنى على دعم X).
func TestArabicCondolencesAndPraise(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"paid condolences", "قدم بوتين واجب العزاء لأردوغان في وفاة شقيقه.", []string{"SUPPORT Putin > Erdogan"}},
		{"praised the role of", "أثنى بوتين على دور تركيا في المنطقة.", []string{"SUPPORT Putin > Turkey"}},
		{"praised the support of", "وأثنى بوتين على دعم تركيا.", []string{"SUPPORT Putin > -", "SUPPORT Turkey > -"}},
	})
}

// TestArabicArmedMenByAdjective: armed men named by their group's or
// nation's adjective after the verb (هاجم مسلحون أتراك) are that side
// acting; a den of a group is the group's (داهمت وكراً لـ X), and suspects
// «بانتمائهم لـ X» are X's.
func TestArabicArmedMenByAdjective(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"armed men by adjective", "هاجم مسلحون أتراك حلب.", []string{"ASSAULT Turkey > Aleppo"}},
		{"a den of the group", "داهمت الشرطة وكرا لحماس في غزة.", []string{"COERCE Police > Hamas"}},
		{"suspected of belonging", "أوقفت الشرطة 21 مشتبها بانتمائهم لتنظيم داعش.", []string{"COERCE Police > Islamic State"}},
	})
}

// TestArabicDemandsAndDeeds: a verbal noun after «ضرورة» is demanded of
// its agent by the main subject (REQUEST), no happening; attacking a
// policy is criticism; a deed condemned after بسبب is no act of the
// condemner's; a verbal noun's object after its agent takes ل.
func TestArabicDemandsAndDeeds(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"the need for", "وأكد بوتين ضرورة انسحاب تركيا من حلب.", []string{"REQUEST Putin > Turkey"}},
		{"attacked a policy", "وهاجم بوتين السياسة التركية.", []string{"ACCUSE Putin > Turkey"}},
		{"attacked positions", "هاجم تنظيم داعش مواقع حماس.", []string{"ASSAULT Islamic State > Hamas"}},
		{"criticised because of", "وانتقد بوتين تركيا بسبب قمع الصحفيين.", []string{"ACCUSE Putin > Turkey"}},
		{"object with ل after the agent", "وأدانت تركيا قصف روسيا لحلب.", []string{"ACCUSE Turkey > Russia", "ASSAULT Russia > Aleppo"}},
		{"announced, positions of", "أعلنت روسيا قصف مواقع داعش.", []string{"ASSAULT Russia > Islamic State"}},
		{"a verb joined by و after the subject", "وصل بوتين وعقد اجتماعا مع أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicAgreementSides: the sides of an agreement named by their
// adjectives (الجانبان الروسي والتركي) or as coordinated subjects of an
// announcing verb (أعلنت X وY عن اتفاق); readiness expressed (أعرب عن
// استعداد بلاده للتعاون مع X) is AGREE with X; «في» after a verbal noun
// is where the act is, not a partitive.
func TestArabicAgreementSides(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"the two sides by adjective", "اتفق الجانبان الروسي والتركي على تشكيل قوة مشتركة.", []string{"AGREE Russia > Turkey"}},
		{"announced an agreement", "أعلنت روسيا وتركيا عن اتفاق لتعزيز التعاون.", []string{"AGREE Russia > Turkey"}},
		{"the agreement, no sides", "وقال بوتين إن الاتفاق النووي سيئ.", nil},
		{"readiness", "أعرب بوتين عن استعداد بلاده للتعاون مع تركيا.", []string{"AGREE Putin > Turkey"}},
		{"in talks of a place", "وافقت حماس على المشاركة في مشاورات حلب.", []string{"AGREE Hamas > -"}},
	})
}

// TestArabicPraisedStanceAndCase: praise of a stance with its pronoun
// (مشيداً بموقفها) is of the pronoun's antecedent; an act «في حالة»
// (in case) is only supposed.
func TestArabicPraisedStanceAndCase(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"its stance", "وأكد بوتين على أهمية دور تركيا في المنطقة، مشيداً بموقفها الحازم.", []string{"SUPPORT Putin > Turkey"}},
		{"in case of", "وحذرت روسيا السكان في حالة قصف إسرائيل لغزة.", nil}, // a warning to no party named is no THREATEN either
	})
}

// TestArabicReceivedCables: a cable of congratulation or condolence
// received from Y is Y's support of the one who received it (flag C); a
// call received keeps its receiver as the one who consults.
func TestArabicReceivedCables(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"congratulations received", "تلقى بوتين برقية تهنئة من أردوغان.", []string{"SUPPORT Erdogan > Putin"}},
		{"condolences received", "وتلقى علييف برقية عزاء من بوتين في ضحايا الحادث.", []string{"SUPPORT Putin > Aliyev"}},
		{"no sender", "وتلقى بوتين التهاني.", nil},
		{"a call", "تلقى بوتين اتصالا هاتفيا من أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicMay: «قد» before a verb in the present is a possibility, a
// future act (an attack that may come is a threat); before the past it
// is «has».
func TestArabicMay(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"may launch", "قال بوتين إن روسيا قد تشن هجمات على داعش.", []string{"THREATEN Russia > Islamic State"}},
		{"may reject", "وقال بوتين إن تركيا قد ترفض المبادرة.", nil},
		{"may accuse", "وقال بوتين إن تركيا قد تتهم روسيا بالتدخل.", nil},
		{"has rejected", "وقال بوتين إن تركيا قد رفضت المبادرة.", []string{"REJECT Turkey > -"}},
		{"has launched", "وقد شنت روسيا هجمات على داعش.", []string{"ASSAULT Russia > Islamic State"}},
	})
}

// TestArabicReviewCases: names that hold الله are no prayer (دعا حزب الله
// إلى)، حالة without في is no condition (أعلنت حالة الطوارئ بعد أن هاجم)،
// a counterpart with ب is a recipient (التقى بنظيره الروسي).
func TestArabicReviewCases(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"Hezbollah called", "دعا حزب الله إلى وقف إطلاق النار.", []string{"REQUEST Hezbollah > -"}},
		{"a state of emergency", "أعلنت تركيا حالة الطوارئ بعد أن هاجم تنظيم داعش حلب.", []string{"ASSAULT Islamic State > Aleppo"}},
		{"in case of", "وحذرت روسيا في حال قصف إسرائيل لغزة.", nil}, // a warning to no party named is no THREATEN either
		{"met with his counterpart", "التقى أردوغان بنظيره الروسي.", []string{"CONSULT Erdogan > Russia"}},
	})
}

// TestArabicMemberIn: a member «في» a group (قيادياً في داعش) is the
// group struck or arrested.
func TestArabicMemberIn(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"killed a leader in", "قتلت روسيا قياديا في داعش.", []string{"ASSAULT Russia > Islamic State"}},
		{"arrested a member in", "اعتقلت الشرطة عنصرا في حماس.", []string{"COERCE Police > Hamas"}},
	})
}

// TestArabicVenueAside: a venue set apart by commas between the host and
// his guest (استقبل X، في مكتبه بالوزارة أمس، Y) does not end the clause;
// a venue that is itself named is still no guest.
func TestArabicVenueAside(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"in his office", "استقبل بوتين، في مكتبه بالكرملين أمس، أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"at the seat", "استقبل بوتين، بمقر الرئاسة، أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"a guest after a clause", "استقبل بوتين الوفد، وأشاد أردوغان بالاجتماع.", []string{"SUPPORT Erdogan > -"}},
		// the host's office, then where and when, then the guest with
		// his own title: the place of the host's office is no guest
		{"office, venue, guest", "استقبل الرئيس بوتين رئيس روسيا في مكتبه أمس وزير الخارجية التركي أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"office, time, guest", "استقبل الرئيس بوتين رئيس روسيا أمس سفير تركيا أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		// an office with no guest after it is the guest's
		{"the guest's office", "استقبل بوتين سفير تركيا في مكتبه أمس.", []string{"CONSULT Putin > Turkey"}},
		{"the guest's office, someone present", "استقبل بوتين سفير تركيا في مكتبه أمس بحضور وزير الخارجية أردوغان.", []string{"CONSULT Putin > Turkey"}},
		// أمام is the preposition, no imam's office
		// a rank and its tail between a guest's office and his name
		{"office and rank", "استقبل بوتين أمس وزير الخارجية أردوغان ووزير الدفاع الفريق أول ركن علييف.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev"}},
		// an undersecretary's office before his name
		// (and وزارة, ministry, is no وزاره, «and he visited him»)
		{"undersecretary", "وثمن وكيل وزارة الخارجية الدكتور بوتين دور أردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		// each guest's office after his name, the next guest's title
		// after «و»
		{"offices of two guests", "التقى بوتين أمس أردوغان نائب رئيس الوزراء ومدير الجامعة الدكتور علييف.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev"}},
		{"a body in the office", "التقى بوتين أمس أردوغان مدير الأمم المتحدة ومدير الجامعة الدكتور علييف.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev"}},
		// the object before its subjects: وقّع الاتفاقية كل من X وY
		{"object first", "ووقع الاتفاقية كل من الرئيس أردوغان والرئيس علييف.", []string{"SUPPORT Erdogan > Aliyev"}},
		{"object first, no كل من", "ووقع المذكرة أردوغان نائب رئيس الوزراء ومدير الجامعة علييف.", []string{"SUPPORT Erdogan > Aliyev"}},
		{"before, no imam", "أقر بوتين أمام أردوغان للمرة الأولى بدور روسيا في الحادث.", []string{"CONCEDE Putin > Erdogan"}},
	})
}

// TestArabicCallingsAndDuals: a calling or a rank before a name after أن
// leaves the name the subject (أن المدرب X سيعقد); a coach's meeting in
// a sports report is a meeting, his match is not; a dual title after the
// preposition leaves the names its objects (مع الأميرين X والأمير Y).
func TestArabicCallingsAndDuals(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a calling before the subject", "وأكدت مصادر أن الكاتب بوتين التقى أردوغان أمس.", []string{"CONSULT Putin > Erdogan"}},
		{"a coach's meeting", "وعلمت الصحيفة أن المدرب بوتين سيعقد اجتماعا مع أردوغان.", []string{"AGREE Putin > Erdogan"}},
		{"a match", "ويلتقي المنتخب الروسي بقيادة المدرب بوتين مع أردوغان في المباراة.", nil},
		{"a dual title", "سيعقد بوتين اجتماعا مع الرئيسين أردوغان وعلييف.", []string{"AGREE Putin > Erdogan", "AGREE Putin > Aliyev"}},
	})
}

// TestArabicVisitIn: a visit to people in an institution is a visit to
// the institution (زار X المصابين في مستشفى Y); a host's room is no guest.
func TestArabicVisitIn(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"visited the wounded in", "زار أردوغان المصابين في الأمم المتحدة.", []string{"CONSULT Erdogan > UN"}},
		{"received in", "استقبل أردوغان الوفد في الأمم المتحدة.", nil},
	})
}

// TestArabicArrestPassive: an unvocalised verb of arrest with a person's
// name after it and no object is passive (واعتُقل X مع …): the person is
// no arrester; with an object it is active.
func TestArabicArrestPassive(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"arrested with others", "واعتقل بوتين مع ستة مسؤولين آخرين في حماس بتهم الرشوة.", nil},
		{"an object after the subject", "اعتقل بوتين أردوغان.", []string{"COERCE Putin > Erdogan"}},
		{"a body arrests", "واعتقلت حماس أردوغان في غزة.", []string{"COERCE Hamas > Erdogan"}},
		// أُلقي القبض: the passive's ي against the active's ى
		{"ألقي القبض passive", "وأعلنت الشرطة النتائج. وألقي القبض على أردوغان في غزة.", nil},
		{"ألقى القبض carried subject", "وأعلنت الشرطة النتائج. وألقى القبض على أردوغان في غزة.", []string{"COERCE Police > Erdogan"}},
		{"ألقي القبض after its subject", "وألقي الشرطة القبض على أردوغان في غزة.", []string{"COERCE Police > Erdogan"}},
	})
}

// TestArabicOpeningVisit: a verbal noun with no agent of its own in a
// phrase that opens the sentence, or a clause after a comma, is the act
// of the main clause's subject (وخلال زيارة إلى X، قال Y).
func TestArabicOpeningVisit(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a visit with no agent", "وخلال زيارة إلى روسيا، قال أردوغان إن العلاقات قوية.", []string{"CONSULT Erdogan > Russia"}},
		{"after a comma", "رفض بوتين الاتهامات، وخلال زيارة إلى تركيا، قال أردوغان إن العلاقات قوية.", []string{"REJECT Putin > -", "CONSULT Erdogan > Turkey"}},
	})
}

// TestArabicLongTitles: a title phrase that names the office's field
// with a preposition (المشرف العام على مركز X، المستشار في الديوان
// الملكي) before the subject after the verb leaves it the subject.
func TestArabicLongTitles(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a place, then the subject's title", "التقى الرئيس في حلب الأمير بوتين.", nil},
		{"supervisor of", "استقبل المستشار في الأمم المتحدة المشرف العام على حماس د. بوتين أمس أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicTitleApposition: a name set off by commas after its title is
// the verb's or the verbal noun's object (استقبل X وزير الخارجية التركي،
// Y، …؛ أثناء لقائه القنصل الأميركي، Y).
func TestArabicTitleApposition(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a verb", "استقبل بوتين وزير الخارجية، أردوغان، في موسكو.", []string{"CONSULT Putin > Erdogan"}},
		{"a verbal noun", "وأكد بوتين أثناء لقائه القنصل الأميركي العام في حلب، أردوغان، أن العلاقات قوية.", []string{"CONSULT Putin > Erdogan"}},
		{"a clause after the comma", "استقبل بوتين الوفد التركي، وأشاد أردوغان بالاجتماع.", []string{"SUPPORT Erdogan > -"}},
	})
}

// TestArabicIntent: a verbal noun after a verb of intending or planning
// (يعتزم زيارة X، يخطط لزيارة العاصمة X) is the intender's promise, AGREE,
// and its genitive is its object.
func TestArabicIntent(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"intends to visit", "وقال أردوغان إنه يعتزم زيارة روسيا.", []string{"AGREE Erdogan > Russia"}},
		{"plans to visit the capital", "وأكد أردوغان أنه يخطط لزيارة العاصمة الرياض.", []string{"AGREE Erdogan > Riyadh"}},
		{"the subject intends", "ويعتزم أردوغان زيارة روسيا.", []string{"AGREE Erdogan > Russia"}},
	})
}

// TestArabicAdmiration: admiration of someone or of his steps is praise
// (أبدى إعجابه بـX، أشار إلى إعجابه بخطوات X، أشاد بخطوات X).
func TestArabicAdmiration(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"admiration", "وأبدى بوتين إعجابه بأردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		{"admiration of his steps", "وأشار بوتين إلى إعجابه بخطوات أردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		{"the audience's admiration", "ونال العرض إعجاب الجمهور في الرياض.", nil},
	})
}

// TestArabicDeliverAid: delivering aid (أوصل المساعدات إلى X) is AID.
func TestArabicDeliverAid(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"delivered aid", "وأوصلت روسيا المساعدات إلى غزة.", []string{"AID Russia > Gaza"}},
		{"delivered a message", "وأوصلت روسيا الرسالة إلى غزة.", nil},
	})
}

// TestArabicMediaDoNotFight: a news outlet reports fighting, it does not
// fight; it may still accuse or praise.
func TestArabicMediaDoNotFight(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"told the paper", "وأبلغ مصدر قبلي (عكاظ) أن معارك عنيفة تدور في حلب.", nil},
		{"the paper accuses", "واتهمت عكاظ حماس بالتقصير.", []string{"ACCUSE Okaz > Hamas"}},
	})
}

// TestArabicDuringIt: a verb with «خلالها» after an indefinite noun is a
// clause on that noun, done by the main clause's subject (غادر X بعد
// زيارة عمل التقى خلالها Y).
func TestArabicDuringIt(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a visit during which", "غادر أردوغان روسيا بعد زيارة عمل التقى خلالها بوتين.", []string{"CONSULT Erdogan > Putin"}},
	})
}

// TestArabicHeadOfBody: the unnamed head of a body joined to a named
// recipient (X ورئيس Y) stands for the body.
func TestArabicHeadOfBody(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"and the head of", "طالب بوتين أردوغان ورئيس حماس بوقف القتال.", []string{"REQUEST Putin > Erdogan", "REQUEST Putin > Hamas"}},
	})
}

// TestArabicDeedsOf: condemning the deeds of someone with ل after the
// deed and its adjectives accuses him (أدانت X الأعمال التخريبية لـY).
func TestArabicDeedsOf(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"sabotage of", "أدانت روسيا الأعمال التخريبية لحماس.", []string{"ACCUSE Russia > Hamas"}},
		{"a visit to, no deed", "انتقدت روسيا الزيارة لحماس.", []string{"ACCUSE Russia > -"}},
	})
}

// TestArabicLexiconWider: verbs and verbal nouns of news found missing in
// a sample of SaudiNewsNet (July 2015), with a sentence where each
// ambiguous word is no event.
func TestArabicLexiconWider(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		// ACCUSE
		{"أجرى X تحقيقات مع Y", "وأجرت الشرطة تحقيقات مع علييف.", []string{"ACCUSE Police > Aliyev"}},
		{"يفتح X تحقيقاً", "وتفتح الشرطة تحقيقاً في الحادث.", []string{"ACCUSE Police > -"}},
		{"إعادة فتح التحقيقات is a demand", "وطالب بوتين بإعادة فتح التحقيقات.", []string{"REQUEST Putin > -"}},
		{"فتح X تحقيقاً", "وفتحت الشرطة تحقيقاً مع علييف.", []string{"ACCUSE Police > Aliyev"}},
		{"فتح تحقيق as a verbal noun", "وأعلنت روسيا فتح تحقيق مع علييف.", []string{"ACCUSE Russia > Aliyev"}},
		{"فتح X تحقيقاً ضد Y", "وفتحت روسيا تحقيقا ضد أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"فتح المعبر is no investigation", "وقررت مصر فتح معبر رفح أمام سكان غزة.", nil},
		{"استجوب X Y", "واستجوبت الشرطة علييف.", []string{"ACCUSE Police > Aliyev"}},
		{"وبّخ X Y", "ووبخ بوتين أردوغان.", []string{"ACCUSE Putin > Erdogan"}},
		{"تحقيق السلام is no investigation", "وأكد بوتين أهمية تحقيق السلام مع أوكرانيا.", nil},
		{"يتولى تحقيق التكامل is no investigation", "ويتولى بوتين تحقيق التكامل مع تركيا.", nil},
		{"أعرب X عن استيائه من Y", "أعرب بوتين عن استيائه من أردوغان.", []string{"ACCUSE Putin > Erdogan"}},
		{"تقدم X بشكوى ضد Y", "تقدمت روسيا بشكوى ضد أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"سخر X من Y", "وسخر أردوغان من بوتين.", []string{"ACCUSE Erdogan > Putin"}},
		{"سخّر X إمكاناته is no ridicule", "وسخر بوتين إمكانات روسيا لخدمة علييف.", nil},
		{"مقاضاة Y", "وأعلنت روسيا مقاضاة أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		// SUPPORT
		{"أبدى X إعجابه بـY", "أبدى بوتين إعجابه بعلييف.", []string{"SUPPORT Putin > Aliyev"}},
		{"تقدم X بأسمى آيات التهاني إلى Y", "تقدم أردوغان بأسمى آيات التهاني إلى بوتين.", []string{"SUPPORT Erdogan > Putin"}},
		{"قدّر X جهود Y", "وقدر بوتين جهود علييف.", []string{"SUPPORT Putin > Aliyev"}},
		{"قدّر X عدد is an estimate", "وقدرت الأمم المتحدة عدد النازحين في غزة بمليون.", nil},
		{"بايع X Y", "وبايع علييف بوتين.", []string{"SUPPORT Aliyev > Putin"}},
		{"استأنف X علاقاته مع Y", "استأنفت تركيا علاقاتها الدبلوماسية مع إسرائيل.", []string{"SUPPORT Turkey > Israel"}},
		{"أعاد X فتح سفارته لدى Y", "وأعادت روسيا فتح سفارتها لدى أوكرانيا.", []string{"SUPPORT Russia > Ukraine"}},
		{"أعاد X وY فتح سفارتيهما", "وأعادت روسيا وتركيا فتح سفارتيهما.", []string{"SUPPORT Russia > Turkey"}},
		{"تقيم علاقات is a state", "وتركيا من الدول التي تقيم علاقات مع إسرائيل.", nil},
		{"دحر الإرهاب is figurative", "وتحدث بوتين عن دحر مخططات داعش.", nil},
		{"عبر المعارض is «through the fairs»", "وتشارك روسيا عبر المعارض الدولية في دوشنبه.", nil},
		{"طلبة are students: aid, no request", "وقدمت روسيا منحاً لطلبة غزة.", []string{"AID Russia > -"}},
		{"صادق X على الاتفاقية مع Y", "صادقت روسيا على الاتفاقية مع تركيا.", []string{"SUPPORT Russia > Turkey"}},
		{"منوهاً بـY", "وقال بوتين منوهاً بعلييف إن العلاقات جيدة.", []string{"SUPPORT Putin > Aliyev"}},
		// AGREE, REQUEST, REJECT, THREATEN
		{"عرض X على Y الوساطة", "عرضت تركيا على روسيا الوساطة.", []string{"AGREE Turkey > Russia"}},
		{"a broadcast is no offer", "وعرضت روسيا تقريراً عن المساعدات التركية لغزة.", nil},
		{"ينادي X بـ", "وينادي أردوغان بالحوار.", []string{"REQUEST Erdogan > -"}},
		{"تقدم X بطلب إلى Y", "تقدمت حماس بطلب إلى الأمم المتحدة.", []string{"REQUEST Hamas > UN"}},
		{"استنجد X بـY", "استنجدت أوكرانيا بالأمم المتحدة.", []string{"REQUEST Ukraine > UN"}},
		{"أبدى X رفضه", "أبدت روسيا رفضها للقرار.", []string{"REJECT Russia > -"}},
		{"تهديدات X لـY", "وتصاعدت تهديدات حماس لإسرائيل.", []string{"THREATEN Hamas > Israel"}},
		// ASSAULT
		{"دحر X Y", "دحرت تركيا داعش من حلب.", []string{"ASSAULT Turkey > Islamic State"}},
		{"طرد X مسلحي Y", "وطردت الشرطة مسلحي حماس من حلب.", []string{"ASSAULT Police > Hamas"}},
		{"صد X هجوماً لـY", "وصدت الشرطة هجوماً لحماس.", []string{"ASSAULT Police > Hamas"}},
		{"اعترض على is an objection", "واعترضت تركيا على هبوط طائرة روسية في حلب.", []string{"REJECT Turkey > -"}},
		{"تبادل X إطلاق النار مع Y", "تبادلت الشرطة إطلاق النار مع حماس.", []string{"ASSAULT Police > Hamas"}},
		{"خاض X اشتباكات مع Y", "خاضت تركيا اشتباكات مع داعش.", []string{"ASSAULT Turkey > Islamic State"}},
		{"a diplomatic battle is no attack", "خاضت تركيا معركة دبلوماسية مع روسيا في الأمم المتحدة.", nil},
		{"عذّب X Y", "عذبت الشرطة علييف.", []string{"ASSAULT Police > Aliyev"}},
		{"نفذ X حكم الإعدام بـY", "نفذ داعش حكم الإعدام بعلييف.", []string{"ASSAULT Islamic State > Aliyev"}},
		{"نفذ X عملية انتحارية ضد Y", "نفذت حماس عملية انتحارية ضد إسرائيل.", []string{"ASSAULT Hamas > Israel"}},
		// COERCE
		{"حظر X Y", "حظرت روسيا حركة حماس.", []string{"COERCE Russia > Hamas"}},
		{"أبعد X Y", "وأبعدت روسيا علييف.", []string{"COERCE Russia > Aliyev"}},
		{"أبعد من is «further»", "وذهب بوتين أبعد من علييف.", nil},
		{"أودع X Y السجن", "أودعت الشرطة علييف السجن.", []string{"COERCE Police > Aliyev"}},
		{"أغلق X المعبر", "وأغلقت إسرائيل معبر غزة.", []string{"COERCE Israel > Gaza"}},
		{"أغلق المؤشر is no closure", "وأغلق مؤشر الرياض مرتفعاً.", nil},
		{"one's own offices closed", "وأغلقت الشرطة مكاتبها في حلب بسبب الأمطار.", nil},
		{"فرض X حظر التجول على Y", "فرضت إسرائيل حظر التجول على غزة.", []string{"COERCE Israel > Gaza"}},
		{"فرض X حظر التجوال على Y", "فرضت إسرائيل حظر التجوال على غزة.", []string{"COERCE Israel > Gaza"}},
		// AID
		{"زوّد X Y بالعتاد", "زودت روسيا أوكرانيا بالعتاد.", []string{"AID Russia > Ukraine"}},
		{"قدم X أدوية إلى Y", "قدمت تركيا أدوية إلى غزة.", []string{"AID Turkey > Gaza"}},
		{"أودع X وديعة لدى Y", "أودعت روسيا وديعة لدى أوكرانيا.", []string{"AID Russia > Ukraine"}},
		// تقدم is also the present «she gives» of قدّم
		{"تقدم X مساعدات لـY", "روسيا تقدم 190 طناً من المساعدات لأوكرانيا.", []string{"AID Russia > Ukraine"}},
		{"a sum banked is no aid", "وأودعت روسيا مليار دولار في بنك أوكرانيا.", nil},
		{"وفّر X المأوى لـY", "وفرت الأمم المتحدة المأوى لغزة.", []string{"AID UN > Gaza"}},
	})
}

// TestArabicThreatContent: what a threat names has not happened; a deed
// named after a word of cause has.
func TestArabicThreatContent(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"consequences that may include sanctions", "وهدد بوتين أردوغان بعواقب قد تشمل فرض عقوبات على تركيا.", []string{"THREATEN Putin > Erdogan"}},
		{"a strike before the threat", "وتوعد أردوغان بالرد بعد هجوم روسيا على تركيا.", []string{"THREATEN Erdogan > -", "ASSAULT Russia > Turkey"}},
		{"the target of what is threatened", "وهدد أردوغان بفرض عقوبات على روسيا.", []string{"THREATEN Erdogan > Russia"}},
		{"a new conjoined clause", "وهددت روسيا أوكرانيا بعواقب قد تشمل وساطة تركيا مع حماس.", []string{"THREATEN Russia > Ukraine"}},
		{"the name علي is no cause word", "وهدد علي خامنئي إسرائيل بعواقب قد تشمل قصف غزة.", []string{"THREATEN Khamenei > Israel"}},
		{"a clause of its own after فيما", "وهدد بوتين أردوغان بالرد فيما قصفت إسرائيل غزة.", []string{"THREATEN Putin > Erdogan", "ASSAULT Israel > Gaza"}},
		{"what a warning names", "وحذرت الأمم المتحدة من تداعيات هجوم روسيا على أوكرانيا.", []string{"THREATEN UN > Russia", "ASSAULT Russia > Ukraine"}},
	})
}

// TestArabicOccupationApposition: a noun of occupation the title lists do
// not know, in apposition before a name, carries the name's preposition.
func TestArabicOccupationApposition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ب + article", "وأشاد أردوغان بالمدرب علييف.", []string{"SUPPORT Erdogan > Aliyev"}},
		{"ب + noun in construct", "وأشاد أردوغان بمصممة الأزياء علييف.", []string{"SUPPORT Erdogan > Aliyev"}},
		{"ل + article + لاعب", "وقدم أردوغان التهنئة للاعب علييف.", []string{"SUPPORT Erdogan > Aliyev"}},
		{"a time word is no occupation", "واستقبل بوتين بالأمس علييف.", []string{"CONSULT Putin > Aliyev"}},
		{"an adverb is no occupation", "وانتقد أردوغان بالمقابل علييف.", []string{"ACCUSE Erdogan > Aliyev"}},
		{"a place is no occupation", "واستقبل أردوغان بقصر الضيافة علييف.", []string{"CONSULT Erdogan > Aliyev"}},
		{"not over a line's end", "يكتب كل يومين بالرياضي\n\nأردوغان يهاجم علييف", []string{"ACCUSE Erdogan > Aliyev"}},
	})
}

// TestArabicFemininePronoun: ها refers to no body named by a masculine
// noun (المجلس), but to the feminine one before it.
func TestArabicFemininePronoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the party is no «her»", "أشادت حماس بحزب الله، وخلال لقائها بوتين أكدت موقفها.", []string{"SUPPORT Hamas > Hezbollah", "CONSULT Hamas > Putin"}},
	})
}

// TestArabicOpinionAgree: sharing a speaker's view is no agreement; an
// agreement with someone on something is.
func TestArabicOpinionAgree(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"agrees with him, and says", "وقال بوتين إن الوضع صعب. واتفق معه أردوغان وقال إن الحل قريب.", nil},
		{"agreed with him on", "والتقى بوتين أردوغان. واتفق معه على تشكيل لجنة.", []string{"CONSULT Putin > Erdogan", "AGREE Putin > Erdogan"}},
		{"X and Y agreed", "واتفق بوتين وأردوغان على تشكيل لجنة.", []string{"AGREE Putin > Erdogan"}},
		{"وعدّ is «and considered»", "وعدّ بوتين الاتفاق خطوة مهمة.", nil},
		{"وعد is «promised»", "ووعد بوتين أردوغان بزيارة أنقرة.", []string{"AGREE Putin > Erdogan"}},
		{"agreed with him on, after a long subject", "والتقى بوتين أردوغان. واتفق معه الرئيس التركي رجب طيب أردوغان في موسكو أمس على تشكيل لجنة.", []string{"CONSULT Putin > Erdogan", "AGREE Putin > Erdogan"}},
	})
}

// TestArabicPatients: a hospital receiving the wounded holds no meeting.
func TestArabicPatients(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"received the wounded", "واستقبلت روسيا المصابين من منسوبي الشرطة.", nil},
		{"received a guest", "واستقبل بوتين علييف.", []string{"CONSULT Putin > Aliyev"}},
	})
}

// TestArabicNisbaApposition: a nisba standing for a noun right after a
// preposition (مع البرتغالي X) passes the preposition to the name.
func TestArabicNisbaApposition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"with the Portuguese X", "وبحث بوتين مع البرتغالي علييف العلاقات.", []string{"CONSULT Putin > Aliyev"}},
	})
}

// TestArabicLedBy: who heads the acting body, after برئاسة, is not the
// recipient.
func TestArabicLedBy(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the actor's head", "وناشدت حماس برئاسة أردوغان الحكماء التدخل.", []string{"REQUEST Hamas > -"}},
	})
}

// TestArabicArousesFeeling: «يدعو إلى القلق» gives rise to a feeling and
// asks nothing of anyone; «دعا إلى الحوار» asks.
func TestArabicArousesFeeling(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"gives rise to suspicion", "واستثنت روسيا بشكل يدعو إلى الريبة تركيا.", nil},
		{"calls for dialogue", "ودعا بوتين إلى الحوار مع تركيا.", []string{"REQUEST Putin > -"}},
	})
}

// TestArabicPluralSubject: a verb that shows a plural subject (دعوا،
// طالبوا) has it in its suffix, so a name right after it is its object,
// and its subject is no single name of the sentence before.
func TestArabicPluralSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"object after a plural verb", "وحثوا تركيا على التدخل.", nil},
		{"no single name before for a plural", "أشاد المشاركون في الندوة بجهود روسيا. كما دعوا الأمم المتحدة إلى التدخل.", nil},
		{"no bare name of the sentence before", "وكانت روسيا حاضرة في الندوة. كما دعوا الأمم المتحدة إلى التدخل.", nil},
		{"the three named before act", "اجتمع بوتين وعلييف وأردوغان. ودعوا الأمم المتحدة إلى التدخل.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Erdogan", "CONSULT Aliyev > Erdogan", "REQUEST Putin > UN", "REQUEST Aliyev > UN", "REQUEST Erdogan > UN"}},
		{"singular verb before its subject", "دعت حماس الأمم المتحدة إلى التدخل.", []string{"REQUEST Hamas > UN"}},
	})
}

// TestArabicJoinedPossessed: nouns joined to a noun of what a party does
// (بدعم واهتمام ورعاية X) share its genitive.
func TestArabicJoinedPossessed(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"one noun", "ونوه أردوغان بدعم بوتين للمهرجان.", []string{"SUPPORT Erdogan > Putin"}},
		{"three joined nouns", "ونوه أردوغان بدعم واهتمام ورعاية بوتين للمهرجان.", []string{"SUPPORT Erdogan > Putin"}},
	})
}

// TestArabicInvitations: an invitation to a celebration or a meal is
// AGREE; form I participles after a main verb act for its subject.
func TestArabicInvitations(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"to a dinner", "دعا بوتين أردوغان إلى حفل عشاء.", []string{"AGREE Putin > Erdogan"}},
		{"to a celebration", "حماس تدعو جماهيرها مجدداً للاحتفال بالدوري.", []string{"AGREE Hamas > -"}},
		{"rejecting, participle", "ندد أردوغان بالهجوم رافضاً اتهامات روسيا.", []string{"ACCUSE Erdogan > -", "REJECT Erdogan > Russia", "ACCUSE Russia > -"}},
		{"thanking, participle", "اختتم بوتين زيارته شاكراً أردوغان على حسن الاستقبال.", []string{"CONSULT Putin > -", "SUPPORT Putin > Erdogan"}},
		{"a student is no participle", "حضر الحفل طالبا في الجامعة.", nil},
	})
}

// TestArabicDenials: denying a rumour is a statement, no REJECT; denying
// a party's accusations rejects that party.
func TestArabicDenials(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a rumour", "ونفى بوتين تأجيل موعد بدء الدراسة.", nil},
		{"accusations, pronoun", "وهي اتهامات تنفيها تركيا.", nil},
		{"a party's accusations", "ونفت تركيا اتهامات روسيا لها بدعم حماس.", []string{"REJECT Turkey > Russia"}},
	})
}

// TestArabicNoComment: declining to comment or to give details rejects no
// one; an objection is to something (اعترض على), and اعترض with no على
// intercepts.
func TestArabicNoComment(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"declined to disclose", "ورفض بوتين الإفصاح عن تفاصيل الاتفاق.", nil},
		{"declined to comment, present", "وترفض روسيا التعليق على التقارير.", nil},
		{"declined, a time adjunct between", "ورفضت روسيا، أمس، التعليق على التقارير.", nil},
		{"declined to give details", "إلا أن أردوغان رفض إعطاء تفاصيل حول الاتفاق مع روسيا.", nil},
		{"a refusal stays", "ورفض بوتين عرض أوكرانيا.", []string{"REJECT Putin > Ukraine"}},
		{"interception", "واعترضت روسيا صاروخين أطلقا من أوكرانيا.", nil},
		{"interception, noun", "وأعلنت روسيا اعتراض محاولات تسلل من أوكرانيا.", nil},
		{"an objection", "واعترضت روسيا على قرار مجلس الأمن.", []string{"REJECT Russia > -"}},
		{"a refusal, then a word of speech", "ورفضت روسيا عرض أوكرانيا، ذكرت وكالة الأنباء.", []string{"REJECT Russia > Ukraine"}},
		{"a refusal of talk of a withdrawal", "ورفض بوتين الحديث عن انسحاب قواته.", []string{"REJECT Putin > -"}},
	})
}

// TestArabicStill: a negation before «زال» (لا تزال، ما زالت، لم يزل) says
// «still», and the event stands.
func TestArabicStill(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"لا تزال", "ولا تزال روسيا تدعم حماس.", []string{"SUPPORT Russia > Hamas"}},
		{"لم يزل", "ولم يزل بوتين يدعم أردوغان.", []string{"SUPPORT Putin > Erdogan"}},
		{"a negation stays", "ولا تدعم روسيا حماس.", []string{"NOT SUPPORT Russia > Hamas"}},
		{"no longer", "ولم تعد روسيا تدعم حماس.", []string{"NOT SUPPORT Russia > Hamas"}},
		{"a sister of كان in a relative clause", "وأعلنت أوكرانيا خطة، وهي الفكرة التي ظلت روسيا ترفضها.", []string{"REJECT Russia > -"}},
		{"the antecedent is the subject", "وهرب بوتين من الشرطة التي تحتجزه.", []string{"COERCE Police > Putin"}},
		{"the subject after the verb", "وقال إن الخطة التي تدعمها روسيا فشلت.", []string{"SUPPORT Russia > -"}},
		{"a named antecedent", "وزار بوتين دونباس التي ظلت أوكرانيا تهاجمها.", []string{"CONSULT Putin > -", "ASSAULT Ukraine > Donbas"}},
	})
}

// TestArabicScheduled: the pronoun of a verbal noun after «المقرر» is the
// thing scheduled, not its agent.
func TestArabicScheduled(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a summit to be held", "وشاركت روسيا في مؤتمر بموسكو يمهد للقمة المقرر عقدها في نهاية العام.", nil},
		{"his visit", "وتحدث بوتين عن زيارته المقررة إلى تركيا.", []string{"AGREE Putin > Turkey"}},
		{"a visit done", "وتحدث بوتين عن زيارته إلى تركيا.", []string{"CONSULT Putin > Turkey"}},
	})
}

// TestArabicSharedView: agreeing with a view (يتفق مع آراء X) is no
// agreement between parties.
func TestArabicSharedView(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"views", "ويتفق بوتين مع آراء أردوغان في فرضياته.", nil},
		{"what was said", "واتفق بوتين مع ما ذهب إليه أردوغان.", nil},
		{"an agreement stays", "واتفق بوتين مع أردوغان على وقف إطلاق النار.", []string{"AGREE Putin > Erdogan"}},
	})
}

// TestArabicPromiseToHarm: a promise to harm is a threat, against the
// object of what is promised.
func TestArabicPromiseToHarm(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"to strike", "وتعهد بوتين بقصف مواقع داعش.", []string{"THREATEN Putin > Islamic State"}},
		{"to arrest", "وتعهد بوتين باعتقال قادة داعش.", []string{"THREATEN Putin > Islamic State"}},
		{"to sanction", "وتعهدت روسيا بفرض عقوبات على أوكرانيا.", []string{"THREATEN Russia > Ukraine"}},
		{"to support", "وتعهد بوتين بدعم أوكرانيا.", []string{"AGREE Putin > Ukraine"}},
		{"to send troops", "وتعهدت روسيا بإرسال قوات إلى أوكرانيا.", []string{"AGREE Russia > -"}},
		{"agreed to send troops", "ووافق بوتين على إرسال قوات إلى أوكرانيا.", nil},
		{"the threat's object no event of its own", "وتعهد بوتين بقصف حلب.", []string{"THREATEN Putin > Aleppo"}},
	})
}

// TestArabicWeakStems: a weak verb keeps its last letter before the
// suffixes of the first and second person (اعتدينا) and loses it only in
// the jussive (لم يلتق): اعتدنا «we got used to» and يعتد «reckons» are
// other verbs.
func TestArabicWeakStems(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"we got used to", "وقال بوتين: «وقد اعتدنا كل عام على بذل قصارى جهدنا في إحياء البرامج».", nil},
		{"reckons", "وقال بوتين إن روسيا يعتد بها في المنطقة.", nil},
		{"she assaulted", "واعتدت روسيا على أوكرانيا.", []string{"ASSAULT Russia > Ukraine"}},
		{"a jussive", "ولم يلتق بوتين أردوغان.", []string{"NOT CONSULT Putin > Erdogan"}},
	})
}

// TestArabicAllegedDeed: what a verb of accusing, asking, promising or
// refusing says in a «that» clause is its content, no event of its own.
func TestArabicAllegedDeed(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"accused that she struck", "واتهمت روسيا أوكرانيا بأنها قصفت دونباس.", []string{"ACCUSE Russia > Ukraine"}},
		{"accused that X struck", "واتهمت روسيا أوكرانيا بأن قواتها قصفت دونباس.", []string{"ACCUSE Russia > Ukraine"}},
		{"the accused no name", "واتهمت روسيا الحكومة الأوكرانية السابقة بأنها قصفت دونباس.", []string{"ACCUSE Russia > -"}},
		{"a deed of its own after a comma", "واتهمت روسيا أوكرانيا، وقصفت حلب.", []string{"ACCUSE Russia > Ukraine", "ASSAULT Russia > Aleppo"}},
	})
}

// TestArabicVisitedPlace: a place right after a verb of visiting is where
// one goes, never the visitor.
func TestArabicVisitedPlace(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the visitor after the place", "وزار تركيا أمس الرئيس بوتين.", []string{"CONSULT Putin > Turkey"}},
		{"the visitor dropped", "وصل بوتين إلى الرياض. وزار تركيا أمس.", []string{"CONSULT Putin > Turkey"}},
		{"visitors no party", "فقد زار تركيا في عام 2013 قرابة 300 ألف سائح.", nil},
		{"visitors named by no entity", "التقى بوتين أردوغان. وزار تركيا أمس وفد من حماس.", []string{"CONSULT Putin > Erdogan"}},
		{"after places visited before", "بعدما زار أوكرانيا وتركيا، زار روسيا أمس الرئيس أردوغان.", []string{"CONSULT Erdogan > Russia"}},
		{"the visitor before the verb", "وبوتين زار تركيا أمس.", []string{"CONSULT Putin > Turkey"}},
		{"the visitor first", "وزار بوتين تركيا.", []string{"CONSULT Putin > Turkey"}},
		{"coordinated visitors before", "بوتين وأردوغان زارا أوكرانيا.", []string{"CONSULT Putin > Ukraine", "CONSULT Erdogan > Ukraine"}},
		{"an adverb after the place", "وصل بوتين إلى الرياض. وزار تركيا مؤخرا.", []string{"CONSULT Putin > Turkey"}},
	})
}

// TestArabicNounOpensClause: a clause that opens with a noun that is no
// entity and its verb has that noun for subject (الصمم يهدد سارة، والإدارة
// تتهم الشباب), not a party named elsewhere.
func TestArabicNounOpensClause(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"an illness", "قال بوتين إن الحكومة تواجه تحديات. والمخاطر تهدد روسيا.", nil},
		{"after a headline's dots", "بوتين يصل إلى أنقرة.. والمعارضة تتهم أردوغان بالتنازل", nil},
		{"a word of time opens the clause", "اليوم استقبل بوتين أردوغان في موسكو.", []string{"CONSULT Putin > Erdogan"}},
		{"a word of time after a comma", "وقصفت روسيا حلب، والليلة هاجمت روسيا أوكرانيا.", []string{"ASSAULT Russia > Aleppo", "ASSAULT Russia > Ukraine"}},
	})
}

// TestArabicArmedBefore: a country's craft or armed men, named by its
// adjective, open the clause as the subject of its verb.
func TestArabicArmedBefore(t *testing.T) {
	runPatternsWith(t, "ar", fakeDemonym, []patternCase{
		{"after أن and a speaker", "وقال بوتين إن المروحيات الروسية هاجمت حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"in quotation marks", "وقال أردوغان إن \"طائرتين روسيتين قصفتا حلب\".", []string{"ASSAULT Russia > Aleppo"}},
		{"no clause start", "وقال بوتين إن سكان المروحيات الروسية هاجموا حلب.", nil},
	})
}

// TestArabicAccusedPronoun: the pronoun of «اتهام» before its charge is
// the accused (بعد اتهامه باستغلال سلطته), not the accuser; before ل and
// a name, the pronoun of a verbal noun is its agent and the name its
// object (اتهامه لأوكرانيا، دعمه لأوكرانيا).
func TestArabicAccusedPronoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the accused", "وقال بوتين إن المحكمة نظرت في القضية بعد اتهامه باستغلال سلطته.", nil},
		{"the accuser, his object after ل", "وجدد بوتين اتهامه لأوكرانيا بقصف دونباس.", []string{"ACCUSE Putin > Ukraine"}},
		{"support with its object after ل", "وأكد أردوغان دعمه لأوكرانيا.", []string{"SUPPORT Erdogan > Ukraine"}},
		{"the accused genitive", "وجاء اتهام روسيا بدعم الانفصاليين في دونباس.", nil},
		{"the accuser genitive", "وجاء اتهام روسيا لأوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"a demand's agent", "ورحب بوتين بمطالبة أردوغان بوقف القتال.", []string{"SUPPORT Putin > -", "REQUEST Erdogan > -"}},
		{"the country that acted before", "وقصفت روسيا حلب بعد موافقة أوكرانيا، وبعد استهدافها لداعش.", []string{"ASSAULT Russia > Aleppo", "ASSAULT Russia > Islamic State"}},
	})
}

// TestArabicTakePart: taking part in talks with a party is CONSULT; in a
// meeting with no party named, nothing.
func TestArabicTakePart(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"talks with", "وشاركت روسيا في محادثات جنيف مع أوكرانيا.", []string{"CONSULT Russia > Ukraine"}},
		{"a meeting, no party", "وشارك بوتين في اجتماع الحكومة.", nil},
	})
}

// TestArabicCountedNoun: a word after a number is the counted noun
// (خمسة آلاف طالب «students»), no verb.
func TestArabicCountedNoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"students", "وأعلنت روسيا أن الجامعة يدرس فيها حوالي خمسة آلاف طالب وطالبة.", nil},
		{"in digits", "وقالت روسيا إن 300 طالب سجلوا.", nil},
		{"a year is no count", "وفي 2015 طالب بوتين أوكرانيا بالانسحاب.", []string{"REQUEST Putin > Ukraine"}},
		{"a year in Arabic-Indic digits", "وفي ٢٠١٥ طالب بوتين أوكرانيا بالانسحاب.", []string{"REQUEST Putin > Ukraine"}},
		{"a demand", "وطالب بوتين أوكرانيا بالانسحاب.", []string{"REQUEST Putin > Ukraine"}},
	})
}

// TestArabicIndefinitePluralSubject: an indefinite plural in -ون right
// after the verb is its subject (انسحب صحافيون), no party named before.
func TestArabicIndefinitePluralSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"journalists withdrew", "وقال بوتين إن الوضع صعب. وبعد كشف الفضيحة، انسحب صحافيون كبار من أوكرانيا.", nil},
		{"a proclitic noun is no subject", "أدانت روسيا أوكرانيا، ونددت بالقانون الأوكراني الجديد.", []string{"ACCUSE Russia > Ukraine", "ACCUSE Russia > -"}},
	})
}

// TestArabicWhoever: «من» before a present verb is «whoever», its subject,
// no one named (كل من ينوي زيارة X، من يدعم X).
func TestArabicWhoever(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"whoever intends to visit", "وقال أردوغان نرحب بروسيا وبكل من ينوي زيارة تركيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"whoever supports", "وقال بوتين إن من يدعم أوكرانيا سيدفع الثمن.", nil},
		{"intent of a named one", "ويعتزم بوتين زيارة تركيا.", []string{"AGREE Putin > Turkey"}},
		{"a verbal noun joined to whoever's", "وقال أردوغان نرحب بروسيا وبكل من ينوي زيارة تركيا ودعمها.", []string{"SUPPORT Erdogan > Russia"}},
		{"a verbal noun joined to an agent's", "وبحث بوتين زيارة أردوغان إلى روسيا ولقاءه بالمسؤولين.", []string{"CONSULT Erdogan > Russia", "CONSULT Erdogan > -"}},
	})
}

// TestArabicPronounClause: a bare name after a clause whose subject is a
// pronoun (ونحن نتمنى) is that clause's, not the verb's object.
func TestArabicPronounClause(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"later clause", "وتركيا ترفض أي تدخل عسكري ونحن نتمنى الخير لأوكرانيا وروسيا.", []string{"REJECT Turkey > -"}},
		{"object right after", "رفضت تركيا روسيا.", []string{"REJECT Turkey > Russia"}},
	})
}

// TestArabicQuotedOrg: a body's noun before an organisation's name in
// quotation marks (تنظيم «داعش») names the organisation, which acts.
func TestArabicQuotedOrg(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"claim after the verb", "وقد تبنى تنظيم «داعش» الإرهابي الهجومين.", []string{"ASSAULT Islamic State > -"}},
		{"with a time between", "فيما، تبنى تنظيم «داعش» الارهابي مساء الاثنين عملية تفجير سيارة مفخخة.", []string{"ASSAULT Islamic State > -"}},
	})
}

// TestArabicVerbalAttack: a person attacking a person in words is ACCUSE;
// with arms it stays ASSAULT.
func TestArabicVerbalAttack(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"in words", "بوتين يهاجم أردوغان ويصفه بالفاشل.", []string{"ACCUSE Putin > Erdogan"}},
		{"with a knife", "بوتين يهاجم أردوغان بسكين.", []string{"ASSAULT Putin > Erdogan"}},
		{"a country attacks", "هاجمت روسيا أوكرانيا.", []string{"ASSAULT Russia > Ukraine"}},
	})
}

// TestArabicApprovals: approving or abiding by something is AGREE only
// with a party named, or when what is agreed to is talks, a truce, a plan.
func TestArabicApprovals(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a law", "ووافق بوتين على نظام الغذاء.", nil},
		{"customs", "وأكد أن القبائل معروفة بالتزامها بأعرافها وقيمها.", nil},
		{"a party named", "ووافقت تركيا على مقترح روسيا.", []string{"AGREE Turkey > Russia"}},
		{"talks", "وافقت حماس على الحوار.", []string{"AGREE Hamas > -"}},
	})
}

// TestArabicJoinedShareThePreposition: names joined by و to a name after a
// preposition share it (في الرياض وغزة), so they are neither subject nor
// bare object; بحث عن is a search, no talks.
func TestArabicJoinedShareThePreposition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"places of a meeting", "التقى بوتين وأردوغان في الرياض وغزة وحلب.", []string{"CONSULT Putin > Erdogan"}},
		{"two met with", "التقى بوتين بأردوغان وعلييف.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > Aliyev"}},
		{"a comma is no sharing", "وأكد بوتين أثناء لقائه القنصل الأميركي العام في حلب، أردوغان، أن العلاقات قوية.", []string{"CONSULT Putin > Erdogan"}},
		{"actor after places", "العمليات العسكرية التي تنفذها تركيا في غزة وروسيا.", []string{"ASSAULT Turkey > -"}},
		{"search for", "التقى بوتين أردوغان. وقال علييف: «الناس يغادرون بحثا عن ملاذ».", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicUnnamedSubject: a noun of an unnamed person right after the
// verb is its subject (فجّر انتحاري نفسه): no actor from before.
func TestArabicUnnamedSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a suicide bomber", "قال بوتين إن الوضع خطير. وفجر انتحاري نفسه بسيارة مفخخة على حاجز.", nil},
		{"a number of youths", "قال بوتين إن الوضع خطير. وهاجم عدد من الشبان حماس.", nil},
		{"gunmen of a group", "قال بوتين إن الوضع خطير. وهاجم مسلحون من حماس الشرطة.", []string{"ASSAULT Hamas > Police"}},
	})
}

// TestArabicBodyOwnSession: a body meeting with no other party named (its
// general assembly, a club's friendly match) is no CONSULT; a person's
// meeting or a body meeting another is.
func TestArabicBodyOwnSession(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"own session", "وأقرت حماس في اجتماعها الأخير الميزانية.", nil},
		{"own session to come", "وستجتمع حماس الأسبوع المقبل لتقييم الطلبات.", nil},
		{"a meeting to come with another party", "وستجتمع حماس مع الأمم المتحدة الأسبوع المقبل.", []string{"AGREE Hamas > UN"}},
		{"another party", "اجتمعت حماس مع الأمم المتحدة.", []string{"CONSULT Hamas > UN"}},
		{"a person alone", "التقى بوتين في الرياض.", []string{"CONSULT Putin > -"}},
	})
}

// TestArabicPossessorAfter: «زيارة له إلى X» is his visit; «زيارة لها
// كرئيس» is a visit to it.
func TestArabicPossessorAfter(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"his visit", "وعلق بوتين خلال زيارة له إلى تركيا على أزمة المهاجرين.", []string{"CONSULT Putin > Turkey"}},
		{"his meeting", "وقال أردوغان في لقاء له مع بوتين إن العلاقات قوية.", []string{"CONSULT Erdogan > Putin"}},
	})
}

// TestArabicDualMeeting: «اجتماعهما» names both sides of the meeting; a
// body after ب is where they met, not a third side.
func TestArabicDualMeeting(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"where they met", "أطلق بوتين و علييف برنامج تعزيز الوحدة، وذلك خلال اجتماعهما بالأمم المتحدة أول أمس.", []string{"CONSULT Putin > Aliyev"}},
	})
}

// TestArabicCreditNoSubject: a name in parentheses closed before the verb
// (a photo credit, an aside) is not its subject.
func TestArabicCreditNoSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"photo credit", "سبق- الرياض- (تصوير: بوتين): كرّم علييف أردوغان.", []string{"SUPPORT Aliyev > Erdogan"}},
		{"aside to the newspaper", "وأوضح لـ(عكاظ) الناطق الإعلامي أن الوضع جيد.", nil},
	})
}

// TestArabicWarningsAndWhat: a warning to no party named is no THREATEN,
// and what it warns of is no event either; «ما» before a present verb is
// its subject («what threatens»), no entity.
func TestArabicWarningsAndWhat(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"warning of escalation", "وحذرت روسيا من التصعيد في غزة.", nil},
		{"warning a party", "وحذرت روسيا أوكرانيا من التصعيد.", []string{"THREATEN Russia > Ukraine"}},
		{"what threatens", "وأكد بوتين قدرة الأجهزة على التعامل مع كل ما يهدد أوكرانيا.", nil},
	})
}

// TestArabicDecidedTalks: talks a body decided to hold are to come, AGREE
// (PLOVER); a nation's leadership acts for the nation.
func TestArabicDecidedTalks(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"decided contacts", "قررت القيادة الروسية اليوم إجراء اتصالات مع تركيا.", []string{"AGREE Russia > Turkey"}},
	})
}

// TestArabicReviewCases2: cases a review of this round's rules found.
func TestArabicReviewCases2(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a verb after و is no joined noun", "أشاد أردوغان بدعم ودعا روسيا إلى الحوار.", []string{"SUPPORT Erdogan > -", "REQUEST Erdogan > Russia"}},
		{"a name in parentheses may be the subject", "الرئيس (بوتين) يلتقي علييف في دوشنبه.", []string{"CONSULT Putin > Aliyev"}},
		{"abiding by a truce", "التزمت حماس بوقف إطلاق النار.", []string{"AGREE Hamas > -"}},
		{"denying a party's accusations, أنكر", "وأنكر بوتين اتهامات روسيا.", []string{"REJECT Putin > Russia"}},
		{"agreeing to a party's request", "ووافق أردوغان على طلب روسيا.", []string{"AGREE Erdogan > Russia"}},
		{"agreeing to a party's invitation", "ووافق أردوغان على دعوة بوتين.", []string{"AGREE Erdogan > Putin"}},
		{"one of … as object", "استقبل بوتين أردوغان في موسكو. كما التقى أحد المسؤولين.", []string{"CONSULT Putin > Erdogan", "CONSULT Putin > -"}},
		{"a joined name opening a clause", "وصل بوتين إلى روسيا وتركيا تهدد أوكرانيا.", []string{"THREATEN Turkey > Ukraine"}},
		{"a cleaver is a weapon", "هاجم بوتين علييف بساطور.", []string{"ASSAULT Putin > Aliyev"}},
	})
}

// TestArabicQuotedAfterPreposition: a name in quotation marks after a
// preposition (مع «كارتر») is that preposition's, as without the marks.
func TestArabicQuotedAfterPreposition(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"guillemets", "بوتين يناقش مع «أردوغان» التعاون العسكري.", []string{"CONSULT Putin > Erdogan"}},
		{"straight quotes", "كما عقد بوتين مع \"أردوغان\" اجتماعا موسعا.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicPhoneNoun: هاتفها is «her phone» before a phone's adjective
// or after a preposition, «phoned her» otherwise.
func TestArabicPhoneNoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"flagship phone", "الرياض: أعلنت حماس، أمس، عن بدء طرح هاتفها الرائد في الأسواق.", nil},
		{"its phone, a name before", "وصل بوتين. وأعلنت حماس عن بدء طرح هاتفها الرائد.", nil},
		{"via his phone", "وقال بوتين عبر هاتفه إن الوضع جيد.", nil},
		{"phoned him", "وصل بوتين إلى غزة. وهاتفه أردوغان أمس.", []string{"CONSULT Erdogan > Putin"}},
	})
}

// TestArabicSpeakerNotGenitive: the name whose statements are talked
// about (تصريحات خامنئي) is not the speaker of the quotation after.
func TestArabicSpeakerNotGenitive(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"statements of", "اعتبر بوتين أن تصريحات خامنئي \"مقلقة للغاية، وهذا أحد أسباب لقائي مع أردوغان\".", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicVerbalAttackStatements: statements that attack a country are
// criticism.
func TestArabicVerbalAttackStatements(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"statements", "وانتقد علييف تصريحات بوتين التي هاجم فيها بوتين تركيا.", []string{"ACCUSE Aliyev > Putin", "ACCUSE Putin > Turkey"}},
	})
}

// TestArabicLifeNoGreeting: حياتها is «her life», no greeting.
func TestArabicLifeNoGreeting(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"her life", "فعندما ارتبط بوتين بعلييف كانت تعرف أن حياتها ستتغير.", nil},
		{"his life", "وكرس أردوغان حياته للمفاوضات مع روسيا.", nil},
	})
}

// TestArabicBeheadingAndNamedVictim: beheading is ASSAULT; a person named
// after the victim's nationality adjective is the victim.
func TestArabicBeheadingAndNamedVictim(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"beheading", "قطع تنظيم داعش رؤوس الرهائن.", []string{"ASSAULT Islamic State > -"}},
		{"named after the adjective", "استشهد الفتى الأوكراني علييف برصاص الشرطة.", []string{"ASSAULT Police > Aliyev"}},
	})
}

// TestArabicPluralNounSubject: a definite plural in the nominative right
// after the verb (ودعا المشاركون) is its subject; a plural verb goes on
// only with several actors before it.
func TestArabicPluralNounSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"participants", "أشاد بوتين بروسيا. ودعا المشاركون الأمم المتحدة إلى التدخل.", []string{"SUPPORT Putin > Russia"}},
		{"the law is no plural", "أشاد بوتين بروسيا. ودعا القانون إلى التدخل.", []string{"SUPPORT Putin > Russia", "REQUEST Putin > -"}},
		{"plural verb after one actor", "أشاد بوتين بروسيا. وأعربوا عن شكرهم لتركيا.", []string{"SUPPORT Putin > Russia"}},
	})
}

// TestArabicTitleNoObject: a word of a title (والدعوة in a minister's) is
// no object of the verb; a pledge taken from someone is no AGREE of the
// taker.
func TestArabicTitleNoObject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"minister's title", "وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد بوتين بتوزيع الكتب على الفروع.", []string{"REQUEST Putin > -"}},
		{"a pledge taken", "وأجبرت الشرطة الفتاة على الرجوع بعد أخذ تعهد خطي على شقيقها.", nil},
	})
}

// TestArabicBothSides: «الجانبان» before a dual verb are the two sides of
// the talks reported before, not the one who tells of them.
func TestArabicBothSides(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"the two sides agreed", "بحث بوتين مع أردوغان العلاقات. وأضاف علييف أن الجانبين اتفقا على تعاون وثيق.", []string{"CONSULT Putin > Erdogan", "AGREE Putin > Erdogan"}},
	})
}

// TestArabicStrikePassive: an unvocalised verb of attack followed by ب
// and a strike (استُهدف بضربة جوية روسية، قُتل X بغارة روسية) is
// passive: the one named is struck, the strike's adjective strikes.
func TestArabicStrikePassive(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"targeted by a strike", "وكان علييف قد استهدف بضربة جوية روسية في سبتمبر.", []string{"ASSAULT Russia > Aliyev"}},
		{"killed by a raid", "وقتل علييف بغارة روسية.", []string{"ASSAULT Russia > Aliyev", "ASSAULT Russia > -"}},
		{"active with a strike", "استهدفت إسرائيل غزة بضربة جوية.", []string{"ASSAULT Israel > Gaza"}},
	})
}

// TestArabicBylineNoActor: a reporter's name and a place joined by a dash
// before the story's first word (X – حائل هاجم …) are a byline.
func TestArabicBylineNoActor(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"byline", "علييف – الرياض هاجم أحد المواطنين حماس.", nil},
		{"no dash", "علييف هاجم حماس.", []string{"ACCUSE Aliyev > Hamas"}},
	})
}

// TestArabicReviewCases3: cases a second review of this round's rules
// found.
func TestArabicReviewCases3(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"a weapon before the object", "استهدفت إسرائيل بغارة جوية حماس في غزة.", []string{"ASSAULT Israel > Hamas"}},
		{"a shell before the object", "وقصفت إسرائيل بقذيفة غزة.", []string{"ASSAULT Israel > Gaza"}},
		{"a sharp attack in words", "هاجم بوتين علييف هجوما حادا.", []string{"ACCUSE Putin > Aliyev"}},
		{"modern history is no speech", "هاجم بوتين حلب في أكبر عملية في التاريخ الحديث.", []string{"ASSAULT Putin > Aleppo"}},
		{"a statement reporting an attack", "وقالت روسيا في بيان إن علييف هاجم حلب بالدبابات.", []string{"ASSAULT Aliyev > Aleppo"}},
		{"the road to Ras al-Ain", "قطعت حماس الطريق المؤدي إلى رأس العين.", nil},
		{"stopping dealings is no truce", "التزمت حماس بوقف التعامل مع روسيا.", nil},
		{"a truce", "التزمت حماس بوقف إطلاق النار.", []string{"AGREE Hamas > -"}},
		{"the two sides long after the talks", "التقى بوتين أردوغان في موسكو. وفي غزة، اختلفت حماس والشرطة على إدارة المعبر. وكانت الأوضاع صعبة. وقال علييف إن الطرفين اتفقا لاحقا على حل.", []string{"CONSULT Putin > Erdogan", "AGREE Erdogan > Aliyev"}},
	})
}

// TestArabicAdvance: a military advance on positions or a city is
// ASSAULT; تقدم alone (progress, submitting) is no event.
func TestArabicAdvance(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"towards positions", "تقدمت الشرطة باتجاه مواقع حماس في غزة.", []string{"ASSAULT Police > Hamas"}},
		{"towards a city", "وتقدمت الشرطة نحو مدينة حلب.", []string{"ASSAULT Police > Aleppo"}},
		{"a request", "تقدم بوتين بطلب إلى الأمم المتحدة.", []string{"REQUEST Putin > UN"}},
	})
}

// TestArabicAttackPossessed: an attack repelled, condemned or welcomed
// hands its preposition to the attacker (تصدى لهجوم X، ندد بهجمات X).
func TestArabicAttackPossessed(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"repelled", "وتصدت الشرطة لهجمات داعش في حلب.", []string{"ASSAULT Police > Islamic State", "ASSAULT Islamic State > -"}},
		{"condemned", "ندد أردوغان بهجمات حماس على الشرطة.", []string{"ACCUSE Erdogan > Hamas"}},
	})
}

// TestArabicHonorificOffice: «معاليه» is the minister named before, not
// the president who acted last; «فخامته» the president.
func TestArabicHonorificOffice(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"his excellency the minister", "أعرب وزير الخارجية الأستاذ علييف عن استنكاره. واستقبل الرئيس بوتين أردوغان. وعبر معاليه عن شكره لتركيا.", []string{"ACCUSE Aliyev > -", "CONSULT Putin > Erdogan", "SUPPORT Aliyev > Turkey"}},
		{"his excellency the president", "استقبل الرئيس بوتين أردوغان. وعبر فخامته عن شكره لتركيا.", []string{"CONSULT Putin > Erdogan", "SUPPORT Putin > Turkey"}},
	})
}

// TestArabicLexiconResignCensorInvade: resignations (RETREAT), censorship,
// revoked licences, travel bans and house arrest (COERCE), joint exercises
// (COOPERATE), no invasion in a match or a market (غزا is not in the
// lexicon, اجتاح is no attack in a sentence about sport), and a demanded act that is no event of its own even where
// its genitive was taken for the recipient or the demander is no entity.
func TestArabicLexiconResignCensorInvade(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"استقال X من Y", "واستقال علييف من الأمم المتحدة.", []string{"RETREAT Aliyev > UN"}},
		{"قدّم X استقالته", "وقدم أردوغان استقالته أمس.", []string{"RETREAT Erdogan > -"}},
		{"طالب X باستقالة Y is a demand only", "وطالب بوتين باستقالة أردوغان.", []string{"REQUEST Putin > Erdogan"}},
		{"a demand whose maker is no entity", "ودعا الآلاف في دوشنبه إلى استقالة أردوغان.", nil},
		{"طالب X بانسحاب Y: the withdrawal is demanded, not done", "وطالب بوتين بانسحاب إسرائيل من غزة.", []string{"REQUEST Putin > Israel"}},
		{"حجب X مواقع", "وحجبت تركيا مواقع إخبارية روسية.", []string{"COERCE Turkey > -"}},
		{"سحب X ترخيص", "وسحبت روسيا ترخيص قناة تركية.", []string{"COERCE Russia > -"}},
		{"سحب X قواته is a withdrawal", "وسحبت روسيا قواتها من أوكرانيا.", []string{"RETREAT Russia > Ukraine"}},
		{"منع X Y من السفر", "ومنعت روسيا علييف من السفر.", []string{"COERCE Russia > Aliyev"}},
		{"منع without السفر is nothing", "ومنعت الأمطار بوتين من الوصول.", nil},
		{"فرض X الإقامة الجبرية على Y", "وفرضت تركيا الإقامة الجبرية على علييف.", []string{"COERCE Turkey > Aliyev"}},
		{"اجتاح in a match", "واجتاحت روسيا تركيا بسبعة أهداف.", nil},
		{"غزا is a market as often as an army", "وغزت تركيا أسواق روسيا.", nil},
		{"أجرى X وY مناورات مشتركة", "وأجرت روسيا وتركيا مناورات مشتركة.", []string{"COOPERATE Russia > Turkey"}},
		{"أجرى X مناورات (alone) is no cooperation", "وأجرت روسيا مناورات بحرية.", nil},
	})
}

// TestArabicInnaNounAndAside: after «إنّ» a word is a noun (إن طالب
// الصيدلة: a student, no demand), and an aside in brackets between a name
// and its relative pronoun leaves the name the relative clause's subject.
func TestArabicInnaNounAndAside(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"إن طالب is the student", "وقال بوتين إن طالب الصيدلة علييف سافر إلى موسكو.", nil},
		{"أن طالب is a verb", "وقال بوتين بعد أن طالب أردوغان بالانسحاب إنه سيرد.", []string{"REQUEST Erdogan > -"}},
		{"ما إن + a verb: as soon as", "وما إن هاجمت روسيا أوكرانيا حتى ارتفعت الأسعار.", []string{"ASSAULT Russia > Ukraine"}},
		{"إنَّ with its marks", "وقال بوتين إنَّ طالب الصيدلة علييف سافر إلى موسكو.", nil},
		{"X (aside) الذي فجر نفسه", "وقال بوتين إن الطالب علييف (20 سنة) الذي فجر نفسه في الرقة كان من أعضاء الجماعة.", []string{"ASSAULT Aliyev > -"}},
	})
}

// TestArabicBeganIn: the verbal noun after «شرع/بدأ/استمر في» is the act
// of the verb's subject.
func TestArabicBeganIn(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"شرعت X في إجراء تحقيقات ضد Y", "وشرعت روسيا في إجراء تحقيقات ضد أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"استمرت X في قصف Y", "واستمرت إسرائيل في قصف غزة.", []string{"ASSAULT Israel > Gaza"}},
		{"بدأت X في قصف Y", "وبدأت روسيا في قصف أوكرانيا.", []string{"ASSAULT Russia > Ukraine"}},
		// and the object word of an entry never lies past a colon
		{"علّق X قائلاً: «المفاوضات» is a comment", "وعلق بوتين قائلا: «المفاوضات مع أوكرانيا مهمة».", nil},
		{"علّقت X مشاركتها is a suspension", "وعلقت روسيا مشاركتها في المفاوضات.", []string{"SANCTION Russia > -"}},
	})
}

// TestArabicCondemnAndReject: «تدين وترفض», «استنكار X ورفضها» say one
// condemnation twice, no rejection of a proposal; a rejection in a clause
// of its own stays.
func TestArabicCondemnAndReject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"تدين X وترفض", "وتدين روسيا وترفض الهجوم على غزة.", []string{"ACCUSE Russia > -"}},
		{"استنكار X ورفضها", "وأعرب بوتين عن استنكار روسيا ورفضها لتصريحات أردوغان.", []string{"ACCUSE Russia > -"}},
		{"a rejection of its own", "واستنكرت روسيا الهجوم. ورفضت تركيا المبادرة.", []string{"ACCUSE Russia > -", "REJECT Turkey > -"}},
	})
}

// TestArabicDanName: «دان» (condemned, in the Levantine press) opens its
// clause; after a verb it is the first name Dan.
func TestArabicDanName(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"دان X Y", "دان أردوغان الهجوم على غزة.", []string{"ACCUSE Erdogan > -"}},
		{"ودان X Y", "التقى بوتين علييف، ودان أردوغان الهجوم على غزة.", []string{"CONSULT Putin > Aliyev", "ACCUSE Erdogan > -"}},
		{"قال دان", "وقال دان أردوغان إن تركيا قوية.", nil},
		{"وصف دان X", "وصف دان بوتين سماح تركيا لروسيا بأنه تحول.", nil},
	})
}

// TestArabicRelativeAfterOffice: a relative clause after a person's name
// and office is the person's, not the body's that ends the office; and it
// leaves the person the subject of the main verb after it.
func TestArabicRelativeAfterOffice(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"X مفوضة ... بY التي زارت Z", "وقال علييف إن بوتين مفوض السياسة الخارجية بالأمم المتحدة الذي زار دوشنبه أمس لم يفهم الأزمة.", []string{"CONSULT Putin > Dushanbe"}},
		{"كان X الذي زار Y قد التقى Z", "وكان أردوغان الذي زار دوشنبه قد التقى بوتين.", []string{"CONSULT Erdogan > Dushanbe", "CONSULT Erdogan > Putin"}},
	})
}

// TestArabicVictimNouns: the genitive or pronoun of a verbal noun of harm
// done to a person (إحراقه، اغتيال X، إعدام X) is the victim, never the
// one who does it (the rarer «إحراق X لY», X burning Y, is lost to it);
// «حيا» with no one greeted is «alive».
func TestArabicVictimNouns(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"وإحراقه: the burnt", "وجاء القانون ردا على خطف الفتى علييف وإحراقه حيا.", nil},
		{"اغتيال X: X is killed", "وأدان بوتين اغتيال علييف في دوشنبه.", []string{"ACCUSE Putin > Aliyev"}},
	})
}

// TestArabicNumberSubject: after a verb with its object in a pronoun, a
// number begins the subject (عارضه 17 نائباً): no one of the sentence
// before is taken for it.
func TestArabicNumberSubject(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"عارضه 17 نائباً", "وأيد بوتين القانون في دوشنبه، فيما عارضه 17 نائبا فقط.", []string{"SUPPORT Putin > -"}},
		{"a dropped subject with no number", "وأيد بوتين القانون في دوشنبه، ثم عارضه بعد يومين.", []string{"SUPPORT Putin > -", "REJECT Putin > -"}},
	})
}

// TestArabicAlternatives: a verb after «أو» is one of alternatives, no
// act the text asserts.
func TestArabicAlternatives(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"X حاصر Y أو قصف Z: the first stays", "وحاصرت روسيا دوشنبه أو قصفت أوكرانيا.", []string{"COERCE Russia > Dushanbe"}},
	})
}

// TestArabicSecondReview: the condemnation pair holds only with the shared
// subject between (a rejection by another party, or of another object,
// stays); a relative clause goes to the person holding an office only when
// the body ending it has the other gender; a demand that coded nothing
// leaves a verbal noun after another verb alone; «في» opens a verbal noun
// only after a verb of beginning; invasion needs an invaded party and is
// a match in a sentence about sport.
func TestArabicSecondReview(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"another party rejects", "ندد أردوغان بالهجوم ورفضت حماس المبادرة.", []string{"ACCUSE Erdogan > -", "REJECT Hamas > -"}},
		{"the body agrees with التي", "وقال بوتين إن علييف رئيس وزراء تركيا التي قصفت حلب لم يرد.", []string{"ASSAULT Turkey > Aleppo"}},
		{"another verb before the noun", "هدد المسلحون ثم قامت روسيا بقصف حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"في after قرر is an adjunct", "وقررت روسيا في الاجتماع مع تركيا خفض الدعم.", nil},
		{"اجتاح X Y", "واجتاحت إسرائيل غزة فجر اليوم.", []string{"ASSAULT Israel > Gaza"}},
		{"a match", "واجتاحت روسيا تركيا بسبعة أهداف مقابل هدف.", nil},
	})
}

// TestArabicFemininePronounNoMan: a verbal noun's feminine pronoun (ها) is no
// man's named with a masculine title: the country or body before him.
func TestArabicFemininePronounNoMan(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ها is the country", "وأشاد بوتين بجهود روسيا بقيادة الرئيس أردوغان ومطالبتها بوقف الهجوم.", []string{"SUPPORT Putin > Russia", "REQUEST Russia > -"}},
	})
}

// TestArabicMembersNoun: the preposition before a noun of a group's men
// or sites (مع مسلحي، على مواقع) governs the group after it.
func TestArabicMembersNoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"مع مسلحي X", "واشتبكت روسيا مع مسلحي حماس في غزة.", []string{"ASSAULT Russia > Hamas"}},
		{"على مواقع X", "وشنت روسيا غارات على مواقع حماس.", []string{"ASSAULT Russia > Hamas"}},
		{"bare عناصر X acts", "وهاجم عناصر حماس الشرطة في غزة.", []string{"ASSAULT Hamas > Police"}},
	})
}

// TestArabicRecallEnvoy: «استدعى سفيره لدى Y» recalls the envoy from Y,
// the recipient; the envoy is the verb's object, no office of the actor.
func TestArabicRecallEnvoy(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"سفيرها لدى Y", "واستدعت روسيا سفيرها لدى تركيا للتشاور.", []string{"SANCTION Russia > Turkey"}},
		{"سفيرها في Y", "واستدعت روسيا سفيرها في تركيا.", []string{"SANCTION Russia > Turkey"}},
	})
}

// TestArabicBylinePronoun: a reporter named in the byline («X- سبق-
// الرياض:») is no antecedent of a pronoun in the story.
func TestArabicBylinePronoun(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"byline", "أردوغان- سبق- الرياض: أصيب شرطي بالرياض، وتمت محاصرة السائق بعد تهديده بإطلاق النار على نفسه.", nil},
	})
}

// TestArabicOtherSenses: words that look like triggers and say something
// else (found by an audit of 400 articles' events): a prayer for someone,
// bearing responsibility, meeting approval, lying in the middle, the
// course of a thing, needing, «if only they».
func TestArabicOtherSenses(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"دعا لهم", "وهنأ أردوغان حماس ودعا لهم بالتوفيق.", []string{"SUPPORT Erdogan > Hamas"}},
		{"تحمّل المسؤولية", "وتحمل روسيا مسؤولية الهجوم على غزة.", nil},
		{"حمّل X المسؤولية", "وحمل أردوغان روسيا المسؤولية عن الهجوم.", []string{"ACCUSE Erdogan > Russia"}},
		{"لاقت استحسان", "وقال أردوغان إن المبادرة لاقت استحسان روسيا.", nil},
		{"يتوسط a place", "وقال أردوغان إن الميدان يتوسط حلب.", nil},
		{"توسط بين", "وتوسط أردوغان بين روسيا وأوكرانيا.", []string{"CONSULT Erdogan > Russia", "CONSULT Erdogan > Ukraine"}},
		{"سير the course", "وتابع أردوغان سير القوافل إلى غزة.", nil},
		{"يحتجن they need", "وقالت حماس إن النساء يحتجن إلى مساعدة روسيا.", nil},
		{"وليتهم if only", "وقال أردوغان إن الطرح مفرط، وليتهم فقط يبقون لنا المنابر.", nil},
	})
}

// TestArabicCapitalGenitive: a capital after a noun of attack is where
// the attacks were (هجمات كابول); a state is who made them.
func TestArabicCapitalGenitive(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"هجمات الرياض", "وقال أردوغان إن هجمات الرياض كانت رسالة.", nil},
		{"هجمات إسرائيل", "وأدانت روسيا هجمات إسرائيل على غزة.", []string{"ACCUSE Russia > Israel", "ASSAULT Israel > Gaza"}},
	})
}

// TestArabicPeopleOfCountry: «أكراد سوريا» (Syria's Kurds) are no
// country: it neither acts nor is acted on.
func TestArabicPeopleOfCountry(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أكراد X يطالبون", "أكراد روسيا يطالبون تركيا بموقف.", nil},
		{"X تطالب", "وطالبت روسيا تركيا بموقف.", []string{"REQUEST Russia > Turkey"}},
	})
}

// TestArabicFaInnaha: «فإنها دعت X» has the pronoun for subject; X is
// the object.
func TestArabicFaInnaha(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"فإنها دعت X", "وفيما أدانت روسيا الهجوم، فإنها دعت تركيا إلى الحوار.", []string{"ACCUSE Russia > -", "REQUEST Russia > Turkey"}},
	})
}

// TestArabicNewsAgencyNoAttacker: a news agency named by «للأنباء» after
// it reports an attack; it does not make it.
func TestArabicNewsAgencyNoAttacker(t *testing.T) {
	text := "وأفادت وكالة الأناضول التركية للأنباء أن مسلحين قتلوا أثناء تبادل إطلاق النار مع الشرطة."
	es := append(append([]ent(nil), testEntities...), ent{id: "anadolu", name: "Anadolu", typ: "ORG", aliases: []string{"وكالة الأناضول التركية"}})
	d := newDoc(t, text, "ar")
	for _, e := range NewCoder().Code(d, findEntities(text, es), nil) {
		if e.Actor != nil && e.Actor.ID == "anadolu" {
			t.Errorf("%s: %s by the news agency", text, triple(e))
		}
	}
}

// TestArabicReviewFixes: cases a review of the day's rules demonstrated:
// a foreign envoy summoned where he sits (the city is no recipient); «دان»
// after فيما; blame with an object pronoun (حمّلتهم المسؤولية); «المنتخب»
// (elected) is no sport; «وزير» is a man's title for ها; «وصادر» is the
// verb.
func TestArabicReviewFixes(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"السفير التركي في الرياض", "واستدعت روسيا السفير التركي في الرياض.", []string{"SANCTION Russia > Turkey"}},
		{"فيما دان", "وقتل ثلاثة جنود في الهجوم، فيما دان أردوغان الاعتداء على غزة.", []string{"ACCUSE Erdogan > -"}},
		{"حمّلتهم المسؤولية", "رفضت روسيا تصريحات حماس، وحملتهم المسؤولية عن الهجوم.", []string{"REJECT Russia > Hamas", "ACCUSE Russia > Hamas"}},
		{"المنتخب is elected", "وأعلن رئيس الوزراء المنتخب انسحاب روسيا من حلب.", []string{"RETREAT Russia > Aleppo"}},
		{"وزير before ها", "وأشاد بوتين بجهود روسيا بقيادة وزير الخارجية أردوغان ومطالبتها بوقف الهجوم.", []string{"SUPPORT Putin > Russia", "REQUEST Russia > -"}},
		{"وصادر", "وصادر الجيش الروسي أسلحة حماس.", []string{"COERCE Russia > Hamas"}},
	})
}

// TestArabicLiftingAndRelease: «فور رفع العقوبات» (once the sanctions are
// lifted) is a noun with no lifter, no act of the sentence's subject;
// «أخلي سبيله» is the passive (he was released).
func TestArabicLiftingAndRelease(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"فور رفع", "وقال أردوغان إن روسيا ستعود لسوق النفط فور رفع العقوبات.", nil},
		{"قررت رفع", "وقررت روسيا رفع العقوبات عن تركيا.", []string{"RETREAT Russia > Turkey"}},
		{"أخلي سبيله", "وأعلنت تركيا النتائج. وأخلي سبيله بكفالة.", nil},
	})
}

// TestArabicLightVerbAjra: «أجرى X زيارة إلى Y» is X's visit, as «قام X
// بزيارة»; «أجرى محادثات» stays its own entry.
func TestArabicLightVerbAjra(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أجرى زيارة", "وأجرى أردوغان زيارة إلى دوشنبه استمرت يومين.", []string{"CONSULT Erdogan > Dushanbe"}},
		{"أجرى محادثات", "وأجرى بوتين محادثات مع أردوغان.", []string{"CONSULT Putin > Erdogan"}},
	})
}

// TestArabicAuditSenses: more words the dump's audit found read as
// triggers: the first name إيد (Ed, no أيّد), «عدم» before a verbal noun,
// «يتظاهر بـ» (feigns), a project's or its makers' verbal noun (مشروع كشف،
// صناع القرار).
func TestArabicAuditSenses(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"إيد", "وقال إيد أردوغان إن حماس تدرس الأمر.", nil},
		{"أيد", "وأيد أردوغان موقف روسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"إتهم misspelt", "وإتهم أردوغان روسيا بالتدخل.", []string{"ACCUSE Erdogan > Russia"}},
		{"عدم دعوة", "وأكد أردوغان عدم دعوة روسيا إلى القمة.", nil},
		{"يتظاهر ب", "وكان أردوغان يتظاهر بالتدين أمام حماس.", nil},
		{"تظاهر ضد", "وتظاهرت حماس ضد روسيا.", []string{"PROTEST Hamas > Russia"}},
		{"مشروع كشف", "وأطلقت روسيا مشروع كشف التسربات في حلب.", nil},
		{"صناع القرار", "وقال أردوغان إن صناع القرار في روسيا يدركون ذلك.", nil},
	})
}

// TestArabicSecondReviewFixes: cases a second review demonstrated: one's
// own envoy recalled from a capital; Dan after a title; a prayer with its
// subject before ب; a capital's strikes on a target; «وفور»; «بحسب وصف».
func TestArabicSecondReviewFixes(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"سفيرها لدى العاصمة", "واستدعت روسيا سفيرها لدى الرياض للتشاور.", []string{"SANCTION Russia > Riyadh"}},
		{"Dan after a title", "وقال السفير الأمريكي السابق دان أردوغان إن المفاوضات صعبة.", nil},
		{"دعا له X ب", "ودعا له أردوغان بالشفاء العاجل.", nil},
		{"غارات العاصمة على", "وأدانت روسيا غارات الرياض على مواقع حماس.", []string{"ACCUSE Russia > Riyadh", "ASSAULT Riyadh > Hamas"}},
		{"وفور رفع", "وقال أردوغان إن روسيا ستعود لسوق النفط وفور رفع العقوبات ستزيد صادراتها.", nil},
		{"بحسب وصف", "وقتل ثلاثة أشخاص في الهجوم الذي كان، بحسب وصف الشرطة، جريمة كراهية.", nil},
	})
}

// TestArabicVenueWithNames: a venue phrase between commas may hold names
// (في مقر الحكومة الروسية بالرياض); the guest after it, title and comma
// included, is the one met.
func TestArabicVenueWithNames(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"venue with names", "التقى أردوغان، اليوم في مقر حماس بالرياض، الرئيس الأذري، إلهام علييف.", []string{"CONSULT Erdogan > Aliyev"}},
	})
}

// TestArabicArmedMenBefore: a verb right after armed men no name goes with
// (مليشيات مرتزقة دمرت، مسلحين هاجموا) has them for subject: no entity
// before them did it.
func TestArabicArmedMenBefore(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"مليشيات مرتزقة دمرت", "وأكد أردوغان أن حلب واجهت مليشيات مرتزقة دمرت المؤسسات.", nil},
		{"مسلحين هاجموا", "وقال أردوغان إن مسلحين هاجموا مركزا للشرطة.", nil},
		{"عناصر X هاجموا", "وقالت حماس إن عناصر داعش هاجموا الشرطة.", []string{"ASSAULT Islamic State > Police"}},
	})
}

// TestArabicParenthesisedName: a preposition before a name in
// parentheses governs it (ضربات ضد (داعش)).
func TestArabicParenthesisedName(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ضد (X)", "وتشن تركيا ضربات ضد (داعش) في سوريا.", []string{"ASSAULT Turkey > Islamic State"}},
	})
}

// TestArabicThirdReviewFixes: cases a third review demonstrated: «تظاهروا
// بالآلاف» is a protest; «قد دان»، «الذي دان» condemn; «سفير X في Y»
// summoned; armed men as the object before a verb joined by و; «هجمات
// العاصمة على يد X» names no agent.
func TestArabicThirdReviewFixes(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"تظاهروا بالآلاف", "وكان أنصار حماس قد تظاهروا بالآلاف ضد أردوغان في الرياض.", []string{"PROTEST Hamas > Erdogan"}},
		{"قد دان", "وكان أردوغان قد دان الهجوم الروسي على غزة.", []string{"ACCUSE Erdogan > Russia", "ASSAULT Russia > Gaza"}},
		{"سفير X في Y", "واستدعت روسيا سفير تركيا في الرياض.", []string{"SANCTION Russia > -"}},
		{"طارد مسلحين وقصف", "وطارد الجيش الروسي مسلحين وقصف مخابئهم في حلب.", []string{"ASSAULT Russia > -"}},
		{"مع مسلحين ثم قصف", "واشتبك الجيش الروسي مع مسلحين ثم قصف مواقعهم قرب حلب.", []string{"ASSAULT Russia > -", "ASSAULT Russia > Aleppo"}},
		{"على يد", "وأعادت الحادثة إلى الأذهان هجمات الرياض على يد مسلحين من داعش.", nil},
	})
}

// TestArabicFourthReviewFixes: «فيما دان X، في بيان،» condemns; one
// person «يتظاهر بالحياد» feigns; a capital's strikes on a city have it
// for target.
func TestArabicFourthReviewFixes(t *testing.T) {
	runDemonymPatterns(t, []patternCase{
		{"دان X، في بيان", "فيما دان أردوغان، في بيان، الهجوم الروسي على غزة.", []string{"ACCUSE Erdogan > -", "ASSAULT Russia > Gaza"}},
		{"يتظاهر بالحياد", "وقال أردوغان إن بوتين يتظاهر بالحياد أمام حماس.", nil},
		{"غارات العاصمة على مدينة", "وأدان أردوغان غارات الرياض على حلب.", []string{"ACCUSE Erdogan > Riyadh", "ASSAULT Riyadh > Aleppo"}},
	})
}

// TestArabicSportRetreat: a coach's resignation and a team's withdrawal
// from a tournament are no RETREAT; an official's and a state's are.
func TestArabicSportRetreat(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"a coach resigns", "واستقال المدرب أردوغان بعد الخسارة.", nil},
		{"an official resigns", "واستقال أردوغان من منصبه.", []string{"RETREAT Erdogan > -"}},
		{"out of a tournament", "وانسحبت روسيا من البطولة.", nil},
		{"out of talks", "وانسحبت روسيا من المفاوضات.", []string{"RETREAT Russia > -"}},
		{"issued", "وذكر تقرير صادر عن روسيا أن الإنتاج ارتفع.", nil},
	})
}

// TestArabicThirdReview: a score marks sport, «بهدف» and «12 هدفاً» do
// not; a number of times after a verb is no subject; intent takes a
// verbal noun of harm with its victim; «اغتيال X لY» has X for agent;
// the condemnation pair reaches over «بشدة» and a rejection whose pronoun
// takes up the condemned object; a masculine country does not take
// «التي»; «واصلت في» opens a verbal noun.
func TestArabicThirdReview(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"بهدف is «in order to»", "وزار أردوغان دوشنبه بهدف تعزيز التعاون.", []string{"CONSULT Erdogan > Dushanbe"}},
		{"a score", "واجتاحت روسيا تركيا بسباعية نظيفة.", nil},
		{"a score in digits", "واجتاحت روسيا تركيا 7-1.", nil},
		{"targets in a war", "واجتاحت إسرائيل غزة وقصفت 40 هدفا.", []string{"ASSAULT Israel > Gaza", "ASSAULT Israel > -"}},
		{"3 مرات is an adverb", "والتقى بوتين علييف في دوشنبه، ثم استقبله 3 مرات في الكرملين.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Aliyev"}},
		{"intent to harm", "وتعتزم تركيا إعدام علييف.", []string{"THREATEN Turkey > Aliyev"}},
		{"اغتيال X لY", "وندد أردوغان باغتيال إسرائيل لعلييف في دوشنبه.", []string{"ACCUSE Erdogan > -", "ASSAULT Israel > Aliyev"}},
		{"تدين X بشدة وترفض", "وتدين تركيا بشدة وترفض الهجوم.", []string{"ACCUSE Turkey > -"}},
		{"أدانت X الهجوم ورفضته", "وأدانت روسيا الهجوم ورفضته.", []string{"ACCUSE Russia > -"}},
		{"واصلت X في قصف", "وواصلت روسيا في قصف حلب.", []string{"ASSAULT Russia > Aleppo"}},
	})
}

// TestArabicTitleSubjectAfterVerb: a verb that takes its party after a
// preposition, followed by a bare title or noun of people (أشاد خلالها
// الرئيس بـ), has that noun for subject: no one of the sentence before is
// taken for it.
func TestArabicTitleSubjectAfterVerb(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أشاد خلالها الرئيس", "وقالت روسيا إن الوفد زار دوشنبه، أشاد خلالها الرئيس وأعضاء الفريق بدور علييف.", nil},
		{"أشاد X", "وقالت روسيا إن الوفد زار دوشنبه، وأشاد بوتين بدور علييف.", []string{"SUPPORT Putin > Aliyev"}},
	})
}

// TestArabicFourteenthRound: agreeing to let a party act has that party
// for recipient; chairing or holding a meeting is CONSULT, a session only
// with someone; praise of a party's cooperation or care is praise of the
// party; a comma that only sets off the subject does not end the clause
// of its preposition.
func TestArabicFourteenthRound(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"وافق على السماح لـ", "ووافقت تركيا على السماح لروسيا باستخدام القاعدة.", []string{"AGREE Turkey > Russia"}},
		{"رأس اجتماعاً مع", "رأس أردوغان في مكتبه مساء اليوم اجتماعاً مع قادة الأجهزة الأمنية.", []string{"CONSULT Erdogan > -"}},
		{"رأس alone is «head»", "وقال أردوغان إن رأس المال يهرب من تركيا.", nil},
		{"عقد جلسة مع", "وعقد بوتين جلسة مع علييف قبل السفر.", []string{"CONSULT Putin > Aliyev"}},
		{"a court's own sessions", "وقال علييف إن بوتين سيرأس الجلسات.", nil},
		{"أشاد بتعاون X", "وأشاد أردوغان بتعاون روسيا وتواصلها الدائم.", []string{"SUPPORT Erdogan > Russia"}},
		{"نوه باهتمام X", "ونوه أردوغان باهتمام روسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"a comma after the subject", "وأشادت روسيا، بجهود تركيا في مكافحة الإرهاب.", []string{"SUPPORT Russia > Turkey"}},
		{"a comma after the subject's adjective", "ونوهت الأمم المتحدة «الأممية» العالمية، بجهود تركيا.", []string{"SUPPORT UN > Turkey"}},
		{"a comma before another phrase still ends it", "وأشادت روسيا بالاتفاق، بحضور تركيا.", []string{"SUPPORT Russia > -"}},
		{"the preposition before a government's noun", "وتتعاون روسيا مع حكومة تركيا.", []string{"COOPERATE Russia > Turkey"}},
		{"a preposition glued to it", "وندد أردوغان بحكومة روسيا.", []string{"ACCUSE Erdogan > Russia"}},
		{"a board's chair before the name", "زار بوتين مقر النادي، حيث استقبله رئيس مجلس إدارة النادي علييف.", []string{"CONSULT Putin > -", "CONSULT Aliyev > Putin"}},
		{"a family before the name acts", "عائلة علييف تتهم بوتين بالتقصير", nil},
		{"the name itself does", "علييف يتهم بوتين بالتقصير", []string{"ACCUSE Aliyev > Putin"}},
		{"the people of a country are the country", "أهل تركيا يرفضون التدخل الروسي.", []string{"REJECT Turkey > -"}},
		{"allegiance with its pronoun", "وأعلنت حماس مبايعتها لداعش.", []string{"SUPPORT Hamas > Islamic State"}},
		{"attacks carried out by men of a group", "وتعرضت تركيا لهجوم نفذه مسلحون من داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		// (the compared attack is on the country it happened in, not on
		// Turkey: see TestArabicFifteenthRound)
		{"an attack compared with another", "وتعرضت تركيا لهجوم مشابه لما نفذه داعش في روسيا.", []string{"ASSAULT Islamic State > Russia"}},
		{"an attack like another", "وتعرضت تركيا لهجوم كالذي نفذه داعش في روسيا.", []string{"ASSAULT Islamic State > Russia"}},
		{"an object opening the clause of أنّ", "وأعلنت حماس أن وقف إطلاق النار مع إسرائيل دخل حيز التنفيذ.", []string{"RETREAT Hamas > -"}},
		{"a body's board after مع", "واجتمع بوتين مع مجلس إدارة حماس.", []string{"CONSULT Putin > Hamas"}},
		{"allowing with no party named", "ووافقت تركيا على السماح للنساء بقيادة السيارات.", nil},
		{"attacks undergone that Y carried out", "وتعرضت تركيا لهجمات نفذها داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"a verbal noun after أنّ", "وأوضح بوتين أن دعم روسيا لأوكرانيا مستمر.", []string{"SUPPORT Russia > Ukraine"}},
		{"after نوه X إلى أن", "ونوه أردوغان إلى أن دعم الشباب مستمر حتى بعد مغادرته روسيا.", nil},
		{"إلى أن is «until» after a noun", "واستمر القتال إلى أن دعم بوتين علييف.", []string{"SUPPORT Putin > Aliyev"}},
		{"أكد does not take a verb of the أنّ clause for its object", "وأكد بوتين أن روسيا دعمت أوكرانيا.", []string{"SUPPORT Russia > Ukraine"}},
	})
}

// TestArabicFifteenthRound: praise of the efforts a party makes (التي
// تبذلها Y، ما تقوم به Y) is praise of that party; laying the blame on a
// party and doubting its good faith accuse; who faces acts that Y
// carried out (واجه X هجمات نفذها Y، انتقادات من Y) suffers them; a
// noun after خلال is the act's time, never its object; the act of a
// party's role (دور X بقيادة Y في استهداف Z) is X's, never the speaker's;
// the clause of «كما» goes on with its own sentence's subject; an envoy's
// post (السفير الروسي في X) is part of the envoy's title; an attack with
// no target named is on the country it happens in; a plural verb has no
// one person of its sentence for subject; a word joined by و to a verbal
// noun after a preposition is a verbal noun too (في استعادة X ودحر Y).
func TestArabicFifteenthRound(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"أشاد بالجهود التي تبذلها Y", "وأشاد أردوغان بالجهود الكبيرة التي تبذلها روسيا في سوريا.", []string{"SUPPORT Erdogan > Russia"}},
		{"ثمن الدور الذي تقوم به Y", "وثمن أردوغان الدور الذي تقوم به روسيا.", []string{"SUPPORT Erdogan > Russia"}},
		{"أشاد بما حققته Y", "وأشاد أردوغان بما حققته روسيا من إنجازات.", []string{"SUPPORT Erdogan > Russia"}},
		{"a group's noun before Y", "وأشاد أردوغان بالجهود التي يبذلها منسوبو الأمم المتحدة.", []string{"SUPPORT Erdogan > UN"}},
		{"a place in the clause is no party", "وأشاد أردوغان بالجهود التي تبذلها الشرطة في روسيا.", []string{"SUPPORT Erdogan > Police"}},
		{"no clause of effort", "وأشاد أردوغان بالمشروع الذي نفذ في روسيا.", []string{"SUPPORT Erdogan > -"}},
		{"أنحى باللائمة على", "وأنحى أردوغان باللائمة على روسيا.", []string{"ACCUSE Erdogan > Russia"}},
		{"شكك X في نوايا Y", "وشكك أردوغان في نوايا روسيا.", []string{"ACCUSE Erdogan > Russia"}},
		{"a place after في is no doubted party", "وشكك أردوغان في نجاح المؤتمر الذي عقد في روسيا.", nil},
		{"a mother is no blame (لأم)", "وقدم أردوغان التعازي لأم الشهيد في تركيا.", []string{"SUPPORT Erdogan > -"}},
		{"an attack named before a meeting's place is on no one there", "وأدان أردوغان هجمات داعش خلال اجتماعه في روسيا.", []string{"ACCUSE Erdogan > Islamic State", "ASSAULT Islamic State > -"}},
		{"a verb after كما that disagrees with the subject", "أدانت روسيا الهجوم. وقال بوتين إن الإرهاب مرفوض، كما أكدت وقوفها إلى جانب تركيا.", []string{"ACCUSE Russia > -", "SUPPORT Russia > Turkey"}},
		{"an unnamed envoy before another's title", "وزار السفير الروسي في تركيا الرئيس أردوغان.", nil},
		{"a target after ل behind two adjectives is no attacker", "ويأتي ذلك بعد غارات جوية عنيفة لروسيا.", nil},
		{"a call received after خلال", "وتلقى بوتين خلال اتصال هاتفي تهنئة من أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"واجهت without a conjunction", "واجهت تركيا انتقادات من روسيا.", []string{"ACCUSE Russia > Turkey"}},
		{"faced with raids: the subject acts", "وواجهت تركيا داعش بغارات من طيرانها.", nil},
		{"a letter of congratulation received is its sender's support", "وتلقى بوتين خطاب تهنئة من أردوغان، أشاد فيه بدور روسيا.", []string{"SUPPORT Erdogan > Putin", "SUPPORT Erdogan > Russia"}},
		{"a letter received is still a message", "وتلقى بوتين رسالة من أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"a judged deed keeps its own event", "ووصفت روسيا غارات تركيا على داعش بأنها عدوان.", []string{"ASSAULT Turkey > Islamic State"}},
		{"واجه X هجمات نفذها Y", "وواجهت تركيا هجمات نفذها داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"واجه X سلسلة هجمات شنها Y", "وواجهت تركيا سلسلة هجمات شنها داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"تعرض X لسلسلة هجمات من Y", "وتعرضت تركيا لسلسلة هجمات من داعش.", []string{"ASSAULT Islamic State > Turkey"}},
		{"واجه X انتقادات من Y", "وواجه أردوغان انتقادات حادة من روسيا.", []string{"ACCUSE Russia > Erdogan"}},
		{"واجه X Y: no act undergone", "وواجهت تركيا داعش في الشمال.", nil},
		{"a meeting after خلال is no invitation's object", "ودعا بوتين، خلال اجتماعه مع قادة الأجهزة الأمنية، لضرورة تكثيف الاستعدادات.", []string{"REQUEST Putin > -", "CONSULT Putin > -"}},
		{"the meeting named there is still one", "ودعا بوتين، خلال لقائه علييف، إلى حضور القمة.", []string{"AGREE Putin > -", "CONSULT Putin > Aliyev"}},
		{"a role's party named in a longer phrase acts", "وأكد أردوغان على دور دول التحالف بقيادة روسيا في استهداف داعش.", []string{"ASSAULT Coalition > Islamic State"}},
		{"a role of no party named: no one acts", "وأكد أردوغان على دور الشباب في استهداف داعش.", nil},
		{"the clause of كما goes on with its sentence's subject", "أعلنت روسيا خطتها. وتفقد بوتين المواقع، كما زار تركيا.", []string{"CONSULT Putin > Turkey"}},
		{"with a title and a name", "أعلنت روسيا خطتها. وتفقد رئيس الوزراء التركي أردوغان المواقع، كما زار دوشنبه.", []string{"CONSULT Erdogan > Dushanbe"}},
		{"a sentence of no subject goes on with the one before", "أعلنت روسيا خطتها. وفي الموقع، كما زارت تركيا.", []string{"CONSULT Russia > Turkey"}},
		{"attacks of a group in a country", "وقتل 50 شخصا في هجمات لداعش في تركيا.", []string{"ASSAULT Islamic State > Turkey"}},
		{"of a nation's forces, after an adjective", "وقتل 50 شخصا في غارات مكثفة لقوات روسيا.", []string{"ASSAULT Russia > -"}},
		{"positions of a group after على are its target, no agent", "وقتل 50 شخصا في غارات على مواقع لداعش.", nil},
		{"a target named is the recipient, not the country", "وقتل 50 شخصا في هجمات لداعش على حماس في تركيا.", []string{"ASSAULT Islamic State > Hamas"}},
		{"a plural verb has no one person for subject", "وقال بوتين إنهم يجتمعون كل أسبوع.", nil},
		{"two people joined are plural", "وقال بوتين وعلييف إنهم سيجتمعون قريبا.", []string{"AGREE Putin > Aliyev"}},
		{"a verbal noun joined to one after في", "أكد كل من أردوغان وبوتين على دور الشباب في استعادة المدينة ودحر الغزاة من داعش.", nil},
		{"a verb after a place stays one", "واستقبل بوتين علييف في مكتبه وبحث معه العلاقات.", []string{"CONSULT Putin > Aliyev", "CONSULT Putin > Aliyev"}},
		{"a consul of the country named", "واستنكر القنصل العام لروسيا في دوشنبه السفير بوتين العمل الإرهابي.", []string{"ACCUSE Putin > -"}},
	})
}

func TestArabicSixteenthRound(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"قدم الدعوة لـY لزيارة", "وقدم أردوغان الدعوة لبوتين لزيارة تركيا.", []string{"AGREE Erdogan > Putin"}},
		{"an invitation's visit after the recipient and the object is its content", "ووجه أردوغان لبوتين دعوة لزيارة تركيا.", []string{"AGREE Erdogan > Putin"}},
		{"أقام دعوى قضائية ضد", "وأقامت روسيا دعوى قضائية ضد أوكرانيا.", []string{"ACCUSE Russia > Ukraine"}},
		{"a state of emergency declared in a place", "وأعلنت روسيا حالة الطوارئ في دوشنبه.", []string{"COERCE Russia > Dushanbe"}},
		{"a body's readiness is no emergency rule", "وأعلنت الشرطة حالة الطوارئ لاستقبال الحالات.", nil},
		{"a state of emergency imposed", "وفرضت تركيا حالة الطوارئ.", []string{"COERCE Turkey > -"}},
		{"backing received", "وتلقى بوتين الدعم من أردوغان.", []string{"SUPPORT Erdogan > Putin"}},
		{"military backing received is aid", "وتلقت حماس دعما عسكريا من تركيا.", []string{"AID Turkey > Hamas"}},
		{"a verb with its object as a pronoun and a noun subject after it", "وانتقدت روسيا العقوبات التي فرضتها الدول الغربية على تركيا.", []string{"ACCUSE Russia > -"}},
		{"a noun subject before the entry's object", "قالت روسيا إنها سترد. وفرضت الدول الغربية عقوبات على تركيا.", nil},
		{"the subject left unsaid goes on", "قالت روسيا إنها سترد. وفرضت عقوبات على تركيا.", []string{"SANCTION Russia > Turkey"}},
		{"a negated hesitation is a promise", "وقال إن روسيا لن تتوانى عن دعم تركيا وأوكرانيا.", []string{"AGREE Russia > Turkey", "AGREE Russia > Ukraine"}},
		{"لا تتردد في", "وأكد أن روسيا لا تتردد في دعم تركيا.", []string{"AGREE Russia > Turkey"}},
		{"لن تدخر جهدا في", "وقال بوتين إن روسيا لن تدخر جهدا في دعم تركيا.", []string{"AGREE Russia > Turkey"}},
		{"a negated act stays denied", "وقال إن روسيا لن تدعم تركيا.", []string{"NOT AGREE Russia > Turkey"}},
		{"a meeting after خلال is the speaker's", "وقال بوتين خلال لقاء مع علييف إن العلاقات جيدة.", []string{"CONSULT Putin > Aliyev"}},
		{"a call after في, with its adjective", "وأكد الرئيس الروسي بوتين في اتصال هاتفي مع أردوغان أن العلاقات جيدة.", []string{"CONSULT Putin > Erdogan"}},
		{"an interview with a paper is no meeting", "وقال بوتين في لقاء مع صحيفة عكاظ إن العلاقات جيدة.", nil},
		{"a sharp attack launched by a person is in words", "وشن بوتين هجوما حادا على أردوغان.", []string{"ACCUSE Putin > Erdogan"}},
		{"an attack with rockets is one of force", "وشن بوتين هجوما بالصواريخ على أردوغان.", []string{"ASSAULT Putin > Erdogan"}},
		{"an adverb between a verb with its object pronoun and its subject", "وكان بوتين، الذي هاجمه أيضا داعش، في دوشنبه.", []string{"ASSAULT Islamic State > Putin"}},
		{"a counted subject after أن", "وأكد بوتين أن أكثر من 1500 مدرسة دمرت في حلب.", nil},
		{"a number subject after أن", "وقال بوتين إن 20 مسلحا هاجموا حلب.", nil},
		{"craft no name owns after إن", "وقال بوتين إن طائرات تورنيدو التابعة لسلاح الجو شنت غارات على داعش.", nil},
		{"a deed's relative clause has the deed for subject", "وتحدث بوتين عن العمل الإرهابي الذي استهدف حماس.", nil},
		{"a cleft's pronoun is the name before it", "وقال أردوغان إن روسيا هي التي قصفت حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"a stray straight quote opens no quotation", "ومثل علييف أمام المحكمة ويواجه تهم \"التجسس و\"الدعاية ضد النظام\". ودعت روسيا تركيا إلى الإفراج عنه.", []string{"REQUEST Russia > Turkey"}},
		{"a city after an accord names it", "ورفض بوتين اتفاق الرياض.", []string{"REJECT Putin > -"}},
		{"after a preposition too", "وأشاد أردوغان باتفاق الرياض.", []string{"SUPPORT Erdogan > -"}},
		{"a meeting's city is where it was", "وقال بوتين إن اجتماع الرياض كان مثمرا.", nil},
		{"the relations between two are discussed, not discussing", "استقبل بوتين علييف. وجرى خلال الاستقبال استعراض العلاقات بين روسيا وتركيا.", []string{"CONSULT Putin > Aliyev"}},
		{"a meeting between two still is theirs", "وعقد اجتماع بين روسيا وتركيا.", []string{"CONSULT Russia > Turkey"}},
		{"one person is no «them»", "وقال علييف إن داعش أسر الجنود في حلب، ثم أعدمهم.", nil},
		{"a relative clause's subject behind a title with the antecedent's pronoun", "وزار بوتين تركيا، التي انتقد رئيسها أردوغان حماس.", []string{"CONSULT Putin > Turkey", "ACCUSE Erdogan > Hamas"}},
		{"a name right after the relative's verb is its object", "وكان أردوغان، الذي زار روسيا، قد التقى بوتين.", []string{"CONSULT Erdogan > Russia", "CONSULT Erdogan > Putin"}},
		{"a wish to visit is an agreement to come", "ولمح بوتين إلى رغبته في زيارة تركيا.", []string{"AGREE Putin > Turkey"}},
		{"statements made by Y are Y's", "وأدانت روسيا التصريحات التي أدلى بها أردوغان.", []string{"ACCUSE Russia > Erdogan"}},
		{"statements issued by Y", "ورفضت روسيا التصريحات الصادرة عن أردوغان.", []string{"REJECT Russia > Erdogan"}},
		{"وعدّها is no promise", "وأدانت روسيا التصريحات التي صدرت عن أردوغان وعدتها تصريحات تغذي التطرف.", []string{"ACCUSE Russia > Erdogan"}},
		{"a promise with its object pronoun stays one", "ووعدها أردوغان بالدعم.", []string{"AGREE Erdogan > -"}},
		{"an import ban on a country's goods", "وحظرت روسيا استيراد اللحوم من تركيا.", []string{"SANCTION Russia > Turkey"}},
		{"a ban of imports with no country is no sanction", "وحظرت روسيا استيراد المنتجات الملوثة.", nil},
		{"«إنه» before a visit is the speaker", "وقال بوتين إنه زار تركيا.", []string{"CONSULT Putin > Turkey"}},
		{"a visit to come", "وأعلنت روسيا أنها ستزور تركيا.", []string{"AGREE Russia > Turkey"}},
		{"a visit to a country after ل", "وقام بوتين بزيارة رسمية لتركيا.", []string{"CONSULT Putin > Turkey"}},
		{"a meeting that brought X together with Y", "وكان أهمها الاجتماع الذي جمع الرئيس بوتين بالرئيس أردوغان.", []string{"CONSULT Putin > Erdogan"}},
		{"جمع with no meeting before it is no event", "وجمع بوتين التبرعات لتركيا.", nil},
		{"review: an attack launched with arms is one", "وشن أردوغان هجوما عسكريا على داعش.", []string{"ASSAULT Erdogan > Islamic State"}},
		{"review: a name's nisba before a relative clause", "وكان تنظيم داعش الإرهابي الذي هاجم حلب قد تراجع.", []string{"ASSAULT Islamic State > Aleppo"}},
		{"review: a capital's statement is its government's", "وانتقدت روسيا بيان الرياض بشأن تركيا.", []string{"ACCUSE Russia > Riyadh"}},
		{"review: a capital's talks with another", "وتتواصل محادثات الرياض مع حماس.", []string{"CONSULT Riyadh > Hamas"}},
		{"review: a clash is no meeting", "وقتل علييف خلال اشتباك مع داعش.", nil},
		{"review: a past hesitation denied is the deed done", "وقال إن روسيا لم تتردد في قصف حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"review: a readiness to visit is one promise", "وأبدى بوتين استعداده لزيارة تركيا.", []string{"AGREE Putin > Turkey"}},
		{"review: a readiness to support is one promise", "وأبدى بوتين استعداده لدعم تركيا.", []string{"AGREE Putin > Turkey"}},
		{"review: a promise with ب is no judgement", "ووعدهم بوتين بخطوات عملية لدعم تركيا.", []string{"AGREE Putin > -"}},
		{"review: an emergency for a disaster is no coercion", "وأعلنت روسيا حالة الطوارئ في دوشنبه بسبب السيول.", nil},
		{"review: a ban lifted is no sanction", "وأعلنت روسيا رفع حظر استيراد اللحوم من تركيا.", nil},
		{"review: prayers offered are no invitation", "وقدم أردوغان التعازي والدعوات لبوتين.", []string{"SUPPORT Erdogan > Putin"}},
		{"review: a numbered subject after أن", "وأكد بوتين أن 12 طائرة قصفت حلب.", nil},
		{"review: a case referred is no lawsuit", "ورفعت روسيا القضية إلى الأمم المتحدة.", nil},
		{"a plural demonstrative's noun after a verb with its object pronoun", "وأدانت روسيا الهجمات التي شنتها هذه الجماعات على تركيا.", []string{"ACCUSE Russia > -"}},
		{"a singular one points back at a name", "وأكد بوتين أن داعش يهدد هذه المنطقة.", []string{"THREATEN Islamic State > -"}},
		{"after يتم a verb's form is a verbal noun, passive", "وأكدت تركيا عدم الانضمام إلى أي عقوبات يتم فرضها خارج إطار الأمم المتحدة.", nil},
		{"a definite object after the verb", "انتقدت روسيا تركيا. وأدانت الهجمات على دوشنبه.", []string{"ACCUSE Russia > Turkey", "ACCUSE Russia > -"}},
	})
}
