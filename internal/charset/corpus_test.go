package charset

// Test texts: news sentences written for these tests, one style each, in
// UTF-8. Tests encode them with the encoding under test.

var arabicTexts = []struct{ name, text string }{
	{"health", "أعلنت وزارة الصحة في بيان رسمي اليوم عن تسجيل انخفاض ملحوظ في عدد الإصابات الجديدة، مؤكدة أن الوضع الوبائي يسير نحو الاستقرار بعد أسابيع من الإجراءات المشددة."},
	{"politics", "قال رئيس الوزراء خلال مؤتمر صحفي عقده في العاصمة إن الحكومة ستطلق حزمة من الإصلاحات الاقتصادية لدعم الشركات الصغيرة والمتوسطة وتوفير فرص عمل للشباب."},
	{"economy", "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة في المئة بعد قرار منظمة أوبك خفض الإنتاج حتى نهاية العام المقبل، وسط مخاوف من تباطؤ النمو."},
	{"culture", "شهدت المدينة القديمة مساء أمس مهرجاناً ثقافياً كبيراً شارك فيه فنانون وشعراء من مختلف الدول العربية، وسط حضور جماهيري لافت."},
	{"sports", "فاز المنتخب الوطني على نظيره بهدفين مقابل هدف واحد في المباراة التي أقيمت على الملعب الدولي، ليتأهل إلى الدور ربع النهائي من البطولة."},
	{"un", "أكد المتحدث باسم الأمم المتحدة أن المساعدات الإنسانية وصلت إلى المناطق المتضررة من الفيضانات في شمال البلاد، داعياً إلى فتح ممرات آمنة."},
	{"agreement", "وقّع الجانبان اتفاقية للتعاون في مجالات الطاقة والتعليم والنقل، على أن تدخل حيز التنفيذ مطلع الشهر المقبل."},
	{"weather", "توقعت الأرصاد الجوية طقساً حاراً نسبياً على معظم المناطق مع فرصة لهطول أمطار رعدية متفرقة على المرتفعات الجبلية."},
	{"court", "قضت محكمة الاستئناف بتأييد الحكم الصادر بحق المتهمين في قضية الفساد، وأمرت بإعادة الأموال المنهوبة إلى خزينة الدولة."},
	{"french-mixed", "افتتح معرض الكتاب الفرنكوفوني في بيروت بمشاركة دار Gallimard وصحيفة L'Orient-Le Jour، وقدّم الكاتب أمين معلوف روايته « Le Naufrage des civilisations » في مقهى café de la Paix."},
}

// persianText is Persian as windows-1256 pages wrote it, with the Arabic
// yeh (windows-1256 has no Persian yeh) and a zero-width non-joiner.
const persianText = "دولت ايران روز چهارشنبه اعلام کرد که مذاکرات هسته\u200cاي با کشورهاي اروپايي ادامه خواهد يافت و گفتگوها در ژنو برگزار مي\u200cشود."

var (
	frenchText     = "Le gouvernement français a annoncé mercredi une série de mesures pour soutenir l'économie après la crise énergétique qui a frappé l'Europe cet hiver. « C'est un effort sans précédent », a déclaré le ministre."
	germanText     = "Für die Wirtschaft hat die Bundesregierung am Mittwoch ein neues Maßnahmenpaket beschlossen, um die gestiegenen Energiepreise für Verbraucher und Unternehmen auszugleichen. Der Bundestag stimmt nächste Woche ab."
	spanishText    = "El gobierno español aprobó el miércoles una reforma de las pensiones tras meses de negociación con los sindicatos y la patronal. ¿Será suficiente? Los expertos lo dudan."
	portugueseText = "O governo português anunciou na quarta-feira novas medidas de apoio às famílias, incluindo a redução do preço da eletricidade e dos transportes públicos."
	russianText    = "Правительство России в среду объявило о новых мерах поддержки экономики после резкого роста цен на энергоносители в начале года. Москва, 12 мая. Президент подписал указ о создании новой государственной комиссии."
	ukrainianText  = "Уряд України в середу оголосив про нові заходи підтримки економіки після різкого зростання цін на енергоносії. Київ, 12 травня."
	japaneseText   = "日本政府は水曜日、エネルギー価格の高騰を受けて経済を支援するための新たな対策を発表した。岸田首相は記者会見で、家計の負担を軽減すると述べた。"
	chineseText    = "中国政府周三宣布了一系列新的经济支持措施，以应对能源价格上涨带来的压力。国务院表示，这些措施将帮助中小企业渡过难关。"
	taiwanText     = "台灣政府週三宣布了一系列新的經濟支持措施，以應對能源價格上漲帶來的壓力。行政院表示，這些措施將幫助中小企業度過難關。"
	koreanText     = "한국 정부는 수요일 에너지 가격 상승에 대응하기 위한 새로운 경제 지원 대책을 발표했다. 정부는 이번 조치가 중소기업과 서민 가계의 부담을 줄일 것이라고 밝혔다."
)

// inMarkup wraps text in the Latin markup of a news page, without a charset
// declaration.
func inMarkup(text string) string {
	return `<!DOCTYPE html><html><head><title>News</title>` +
		`<link rel="stylesheet" href="/static/css/main.css?v=20240512"><script src="/static/js/app.js" defer></script></head>` +
		`<body class="article-page"><nav><a href="/">Home</a> | <a href="/world/">World</a></nav>` +
		`<article id="story-48213"><h1 class="headline">` + text + `</h1>` +
		`<p class="byline"><a href="/authors/staff">AFP</a> - 2024-05-12 14:30</p>` +
		`<div class="body"><p>` + text + `</p><img src="/img/2024/05/photo.jpg" alt="photo" width="640"></div></article></body></html>`
}
