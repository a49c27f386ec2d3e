package charset

// Language data for the detector in detect.go. Each list is ordered from the
// most to the least frequent character in news text. The orders are
// approximate and come from published letter and character counts. The
// detector uses only coarse tiers (the first ten, the next ten, and so on),
// so small errors in the order do not change what it detects.

// arabicLetters holds the Arabic letters of Modern Standard Arabic.
const arabicLetters = "اليمونهربتةعدفقسكحأإجىصشطخضزثغذؤئظآء"

// russianLetters holds the lower-case letters of Russian.
const russianLetters = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"

// latinLetters holds the lower-case non-ASCII letters of the Western European
// languages that windows-1252 serves (French, German, Spanish, Portuguese,
// Italian, Dutch, the Scandinavian languages).
const latinLetters = "éàèüäöçßáíóñúêâôîûëïãõåøæìòùœÿ"

// kanaCommon holds the most frequent hiragana in Japanese news text. These
// are mostly particles and verb endings.
const kanaCommon = "のにはをたがでてとしいるかなっれらすうくこもま"

// kanjiCommon holds frequent kanji of Japanese news text.
const kanjiCommon = "日人年大本中出会時事者上生自行分前新政月社対地発的部合長場同内経学後国円相東京一二三十子見手方用問業間明高表目定入全気理意下小米動保記議実関開民市党首外以主安代県思家作物要力法権選現得所考通"

// hangulCommon holds frequent Hangul syllables of Korean news text.
const hangulCommon = "이다의는에하고을를가지기한사로서도자대정적그있수시어인아나리해부게제일전상국주장들만보면여위성연구중라원동것우경소니생과문내비요관진세방발공스신화무미터명조러했않되려각까데며히금계물분통실회학단개결선법간등식행산마작민운재영업년월"

// hanziCommon holds about 700 of the most frequent simplified Chinese characters
// and the traditional forms of the frequent ones that differ. The detector
// scores GBK and Big5 against the same set.
const hanziCommon = "" +
	// Simplified, in order of frequency.
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里" +
	"用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实" +
	"日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政" +
	"美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
	"解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件" +
	"计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
	"完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改" +
	"收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
	"深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企" +
	"八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列" +
	"武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供" +
	"效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值" +
	"仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳" +
	"若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷" +
	"洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈" +
	// Traditional forms of frequent characters.
	"這個們來為國說時會對發後過裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問應戰頭體見產話內給" +
	"門兒東聲員義認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確" +
	"傳師觀讓識帶導爭運飛風幹聯組濟車親極辦議證轉準遠單羅愛擊備連調質團價黨華級離況亞請際約復線斷滿視" +
	"須增寫稱嗎輕農裝廣顯圖歷醫專費號盡較語僅隨選響雖勢參眾構節維劃敵陳態護興驗責營夠嚴衛臺灣週經濟總統" +
	"選舉擔憲檢測政府新聞報導記者"
