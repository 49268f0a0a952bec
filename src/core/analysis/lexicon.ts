/**
 * General-English word lists the analysis relies on. Nothing here may name a person, place,
 * outlet or topic of any particular story: the engine must work on unseen news (disasters,
 * courts, sports, celebrities). Lists are small on purpose; each entry earns its place by
 * being common in news prose.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Function words and very common verbs that carry no claim on their own. */
export const STOPWORDS = words(`
a about above after again against all almost along also although am among an and another any anyone anything
are around as at be became because become been before being below between both but by can cannot could did do
does doing done down during each either else even ever every few for from further had has have having he her
here hers herself him himself his how however i if in into is it its itself just least less let like made make
makes many may me might more most much must my myself neither no nor not now of off often on once one only or
other others our ours ourselves out over own per perhaps quite rather really same several she should since so
some such than that the their theirs them themselves then there these they this those though through thus to
too toward towards under until up upon us very via was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself yourselves also still already
mr mrs ms dr s t ll ve re d m its it's de la le el al get got go goes going gone come came take took put
way well back lot lots thing things something anything everything nothing someone everyone somebody
little scant
`);

/** What is left of a contraction split at its apostrophe ("we're", "don't"): stopwords in lower case only. */
export const CONTRACTION_TAILS = words('s t ll ve re d m');

/** Reporting verbs: "X said" tells us who speaks, not what happened, so they carry no weight. */
export const REPORTING = words(`
say says said saying tell tells told telling add adds added note notes noted stated
report reports reported reporting accord according write wrote writes written remark remarked
explain explained describe described comment commented indicate indicated suggest suggested
mention mentioned quote quoted ask asked asking respond responded reply replied cite cited
`);

/** Time words: when something was said is not what was said (dates are compared separately). */
export const TIME_WORDS = words(`
today yesterday tomorrow tonight recent recently earlier later ago first second third last next previous
week weeks day days month months year years hour hours minute minutes morning evening night weekend
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec time times
`);

/**
 * Attribution boilerplate ("sources familiar with the matter", "spoke on condition of anonymity"):
 * who told the reporter, never what happened.
 */
export const BOILERPLATE = words(`familiar matter anonymity condition`);

/** Verbs so common they match anything: "want", "see", "happen". */
export const LIGHT_VERBS = words(`
want wants wanted need needs needed see sees seen saw happen happens happened know knows knew think thinks
thought seem seems seemed try tries tried keep keeps kept use used uses continue continues continued include
includes included show shows showed shown hold holds held holding
`);

/**
 * The noun sense of a light verb's form right after a figure, by a word of that sense's synonym
 * group: "14 shows" counts performances, as "12 concerts" does (the verb's group is "display").
 */
export const LIGHT_VERB_NOUNS: Record<string, string> = { show: 'concert', shows: 'concert' };

/** Words that flip the polarity of the clause they are in. */
export const NEGATORS = words(`
not no never none nobody nothing neither nor cannot without n't dont doesnt didnt wont wouldnt
couldnt shouldnt isnt arent wasnt werent hasnt havent hadnt cant
`);

/** Words that mark a clause as uncertain or hypothetical: such claims rarely contradict. */
export const HEDGES = words(`
unclear whether if may might could possibly possible perhaps uncertain likely unlikely potentially
reportedly allegedly rumored rumoured expected
`);

/**
 * Equivalence classes of common verbs/nouns/adjectives: every member maps to the first word.
 * Paraphrases in news rarely share wording ("vowed to end the war" / "claimed he could resolve
 * the conflict"), so these classes do much of the paraphrase work. General words only, and
 * only in the sense news uses them in any story: a member written "=forces" maps that exact
 * form and not its stem, because the stem is shared with another sense ("forces" the troops,
 * "forced" the verb).
 */
export const SYNONYM_GROUPS: string[][] = [
  ['end', 'resolve', 'resolution', 'halt', 'stop', 'conclude', 'conclusion', 'finish', 'settle', 'cease', 'terminate'],
  ['promise', 'vow', 'pledge', 'claim', 'swear', 'assert', 'boast'],
  ['guarantee', 'assurance', 'assure', 'safeguard', 'protection', 'protect'],
  ['talk', 'negotiation', 'negotiate', 'discussion', 'discuss', 'dialogue', 'conversation', 'consultation', 'engage', 'mediation'],
  ['speak', 'spoke', 'spoken'],
  ['meet', 'meeting', 'summit', 'encounter', 'visit', 'met'],
  ['war', 'conflict', 'fighting', 'fight', 'hostility', 'hostilities', 'warfare', 'combat', 'battle'],
  ['reject', 'refuse', 'decline', 'dismiss', 'rebuff', 'spurn', 'veto'],
  ['accept', 'agree', 'approve', 'endorse', 'embrace', 'consent', 'concede'],
  ['kill', 'killed', 'dead', 'death', 'die', 'died', 'fatality', 'fatalities', 'deaths', '=lives', 'toll'],
  ['injure', 'injured', 'wounded', 'wound', 'hurt', 'injury', 'injuries'],
  ['attack', 'airstrike', 'assault', 'raid', 'offensive'],
  ['arrest', 'detain', 'detention', 'custody', 'apprehend', 'capture'],
  ['charge', 'indict', 'indictment', 'accuse', 'accusation', 'prosecute'],
  ['aid', 'help', 'assist', 'assistance', 'support', 'backing'],
  ['weapon', 'arms', 'munition', 'munitions', 'ammunition', 'armament'],
  ['troop', 'soldier', '=forces', 'personnel', 'army'],
  ['country', 'nation', 'state'],
  ['plan', 'proposal', 'propose', 'scheme', 'blueprint', 'roadmap'],
  ['deal', 'agreement', 'accord', 'pact', 'treaty', 'settlement'],
  ['buy', 'purchase', 'acquire', 'purchasing', 'buying'],
  ['give', 'provide', 'offer', 'supply', 'grant', 'deliver', 'contribute'],
  ['send', 'deploy', 'dispatch', 'deployment', 'station', 'stationing'],
  ['begin', 'start', '=initiate', '=initiated', '=initiates', 'launch', 'commence', 'open', '=commissioned'],
  ['increase', 'raise', 'boost', 'rise', 'grow', 'expand', 'climb', 'surge', 'hike'],
  ['decrease', 'reduce', 'reduction', 'cut', 'lower', 'slash', 'shrink', 'curb', 'scale'],
  ['helicopter', 'chopper'],
  ['phone', 'telephone'],
  ['cargo', '=haul', 'shipment', 'consignment'],
  ['quick', 'quickly', 'fast', 'rapid', 'rapidly', 'swift', 'swiftly', 'soon', 'immediate', 'immediately'],
  ['big', 'large', 'huge', 'major', 'massive', 'vast'],
  ['small', 'minor', 'slight'],
  ['official', 'authority', 'authorities'],
  ['leader', 'head', 'chief'],
  ['adviser', 'advisor', 'aide', 'counselor'],
  ['envoy', 'emissary', 'negotiator'],
  ['territory', 'land', 'ground'],
  ['ceasefire', 'truce', 'armistice'],
  ['advance', 'gain', 'gains'],
  ['membership', 'join', 'accession', 'admission'],
  ['warn', 'caution', 'threaten', 'threat'],
  ['risk', 'danger', 'hazard'],
  ['building', 'structure', 'house', 'home'],
  ['collapse', 'destroy', 'destroyed', 'flatten', 'ruin', 'topple', 'raze'],
  ['rescue', 'save', 'evacuate', 'evacuation'],
  ['quake', 'earthquake', 'tremor', 'temblor'],
  ['ruling', 'verdict', 'decision', 'judgment', 'judgement'],
  ['court', 'tribunal'],
  ['sentence', 'jail', 'prison', 'imprison', 'imprisonment'],
  ['win', 'victory', 'triumph', 'beat'],
  ['lose', 'loss', 'defeat'],
  ['unwilling', 'reluctant', 'unlikely', 'hesitant'],
  ['inclination', 'motivation', 'appetite', 'interest', 'willingness', 'desire'],
  ['people', 'person', 'resident', 'residents', 'citizens', 'civilians'],
  ['show', 'display', 'demonstrate'],
  ['realistic', 'practical', 'feasible', 'viable'],
  ['resource', 'mineral', 'minerals', 'deposit', 'deposits'],
  ['conference', 'forum', 'convention'],
  ['surgery', 'operation'],
  ['concert', 'gig', 'performance'],
  ['cancel', 'scrap', 'axe'],
  ['ban', '=suspension', '=suspensions'],
  ['close', 'closure', '=shut', '=shuts', '=shutting'],
  ['couple', 'pair'],
  ['apart', '=separately'],
  ['postpone', 'delay', 'defer'],
  ['withdraw', 'withdrawal', 'retreat'],
  ['resign', 'resignation', 'quit'],
  ['baby', 'infant', 'newborn'],
  ['child', 'children', 'kid', 'kids', 'pupil', 'schoolchildren', 'youngster'],
  ['factory', 'plant', 'facility'],
  ['company', 'firm'],
  ['ill', 'sick', 'sicken', 'illness', 'sickness', 'unwell', 'symptom', 'symptoms'],
  ['turnout', 'participation', 'participate'],
  ['shop', 'store', 'retailer'],
  ['exchange', 'swap'],
  ['criticise', 'criticize', 'criticism', 'condemn', 'rebuke', 'censure', 'lambast', 'lambaste', 'berate', 'denounce', 'castigate', 'scathing', '=blasted', 'slam'],
  ['explosion', 'explode', '=blast', '=blasts', '=blasting', 'detonate', 'detonation'],
  ['praise', 'commend', 'applaud', 'hail', 'laud', 'welcome'],
  ['investigation', 'investigate', 'probe', 'inquiry', 'enquiry'],
  ['apologise', 'apologize', 'apology', 'apologies', 'sorry'],
  ['detect', 'spot', 'discover', 'uncover', 'notice'],
  ['announce', 'reveal', 'disclose', 'unveil'],
  ['employee', 'staff', 'worker', 'workforce'],
  ['demand', 'seek', 'want'],
  ['pay', 'wage', 'wages', 'salary', 'salaries'],
  ['peak', 'crest'],
  ['plume', 'column'],
  ['missing', 'unaccounted'],
  ['steal', 'stole', 'stolen', 'theft', 'heist', 'robbery', 'burglary'],
  ['thief', 'thieves', 'robber', 'burglar', 'intruder'],
  ['painting', 'artwork', 'canvas', 'picture'],
  ['levee', 'embankment', 'dike', 'dyke'],
  ['remain', 'stay'],
  ['release', 'free', 'freed', 'liberate'],
  ['crash', 'collision', 'collide'],
  ['trap', 'entomb'],
  ['officer', 'cop', 'policeman', 'policemen', 'constable'],
];

/**
 * Opposite pairs of common words. Two passages on the same matter that use the opposite
 * members take opposite positions ("accepted" / "rejected"). A word stands for its synonym
 * group; with "=", for itself alone ("open" is also "begin", whose opposite is not "close").
 */
export const ANTONYM_PAIRS: [string, string][] = [
  ['accept', 'reject'],
  ['increase', 'decrease'],
  ['win', 'lose'],
  ['confirm', 'deny'],
  ['=support', 'oppose'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['allow', 'prohibit'],
  ['include', 'exclude'],
  ['guilty', 'innocent'],
  ['convict', 'acquit'],
  ['alive', 'dead'],
  ['succeed', 'fail'],
  ['admit', 'deny'],
  ['=open', 'close'],
  ['realistic', 'unrealistic'],
  ['possible', 'impossible'],
  ['willing', 'unwilling'],
  ['criticise', 'praise'],
  ['criticise', '=defend'],
];

/**
 * Verbs that do one thing to what they act on, though they mean different things elsewhere: "start"
 * or "spark" a fire is "cause" it, to "jump" a river is to "cross" it. Only a negation that acts on
 * the same thing reads them as one verb ("did not cause this fire" / "started this fire").
 */
export const ACT_CLASSES: string[][] = [
  ['cause', 'start', 'spark', 'trigger', 'ignite'],
  ['cross', 'jump', 'breach'],
  ['dismiss', 'sack', 'oust'],
];

/** Personal titles and offices before a name: they tell us the name is a person's. */
export const TITLES = words(`
president president-elect vice prime minister secretary general gov governor sen senator rep representative
mr mrs ms miss dr prof professor judge justice chief king queen prince princess pope mayor chancellor ambassador
director deputy special envoy adviser advisor spokesman spokeswoman spokesperson sheriff officer coach captain
commissioner ceo chairman chairwoman chair host attorney lt col sgt gen adm detective inspector superintendent
councillor councilman councilwoman congressman congresswoman senior former foreign defense defence interior
treasury national security state lord lady sir dame bishop archbishop cardinal rabbi imam coroner founder
executive manager head commander marshal premier lawmaker mp skipper cdr cmdr capt maj brig cpl insp supt det
prosecutor harbourmaster harbormaster warden magistrate cllr cr assistant
major colonel lieutenant sergeant corporal constable brigadier admiral
substitute referee
principal headteacher headmaster headmistress rector vicar pastor reverend rev trooper
actor actress singer rapper songwriter musician guitarist pianist comedian presenter broadcaster novelist
playwright cyclist striker midfielder goalkeeper
gran granny grandma grandmother grandad granddad grandpa grandfather nan nanna auntie mum dad
`);

/** Heads of events' names that open them with "of" ("Tour of Flanders", "Festival of Britain"). */
export const EVENT_HEADS = words(`tour giro vuelta cup games championship championships classic rally marathon festival trophy derby olympiad biennale fair expo series`);

/** Words that make a capitalised name an organisation. */
export const ORG_SUFFIXES = words(`
organization organisation ministry department agency council committee commission office bureau service
services institute university college school party union association lyceum federation league club group company
corporation corp inc ltd llc llp gmbh bank fund foundation court news journal post times press network radio
television tv magazine daily herald tribune chronicle courier gazette alliance administration
conference forum assembly parliament congress senate army navy force forces police guard board authority
centre center hospital unit church team house fc afc united plc
constabulary prison jail gaol penitentiary infirmary front trust
airline airlines airways dairies dairy foods industries motors holdings pharmaceuticals pharma pharmacy
laboratories labs technologies systems brands stores supermarket supermarkets farms mills brewery
studios records media entertainment logistics telecom communications railways insurance securities
partners ventures enterprises electronics energy ferries shipping cruises inspectorate movement
directorate secretariat works engineering construction contractors builders consultants
gallery museum library archive archives
`);

/**
 * Designators around the core of a club's or company's name ("X United", "FC X", "X Inc"), and
 * the trade a company names itself by ("X Dairies", "X Airlines"): news calls it "X" for short.
 * So does a ship's prefix ("MV X", "HMS X").
 */
export const ORG_DESIGNATORS = words(`
fc afc cf sc ac united athletic rovers wanderers albion party inc corp ltd llc plc co ag sa gmbh group company corporation holdings
airline airlines airways dairies dairy foods industries motors pharmaceuticals laboratories labs
technologies systems brands stores supermarkets farms mills brewery studios records entertainment
logistics telecom communications railways insurance reinsurance assurance management services securities partners ventures enterprises electronics ferries shipping cruises
digital media software solutions capital consulting networks robotics analytics
works engineering construction contractors builders consultants
mv mt hms uss rms fv hmas hmcs
`);
/** More trades a company names itself by ("X Pictures", "X Therapeutics"), called "X" for short. */
const COMPANY_TRADES = words(`
pictures films productions publishing publishers broadcasting therapeutics biosciences biotech
biologics diagnostics genomics vaccines healthcare chemicals plastics metals steel mining minerals
resources petroleum utilities aerospace aviation apparel cosmetics beverages brewing hotels resorts hotel
`);
for (const w of COMPANY_TRADES) {
  ORG_DESIGNATORS.add(w);
  ORG_SUFFIXES.add(w);
}
/** Designators of newspapers, which are often named after a town ("Saltmere Gazette"). */
export const PRESS_DESIGNATORS = words('daily times herald gazette tribune courier chronicle journal telegraph');
for (const w of PRESS_DESIGNATORS) ORG_DESIGNATORS.add(w);

/** Words that make a capitalised name a place. */
export const PLACE_WORDS = words(`
north south east west new upper lower saint st mount mt lake river city county island islands republic
kingdom states province region valley bay beach sea ocean gulf coast street avenue square park district
airport station terminal harbour harbor port stadium arena bridge road canal dam reservoir strait peninsula
`);

/** Lowercase words allowed inside a capitalised name ("Secretary of State", "Bay of Bengal"). */
export const NAME_CONNECTORS = words(`of de del da di du la le van von der den bin ibn al el y and for the`);

/** What a leader's surname heads ("the X administration"): the name is a person's. */
export const LEADER_TERMS = words(`administration presidency premiership`);

/** Prepositions before a place ("in X", "to X"). */
export const PLACE_PREPS = words(`in at from to across near into throughout inside outside towards toward above below beyond between`);
/** "on the outskirts of X", "in the centre of X": a part of a place, named after "the ... of". */
export const PLACE_PARTS = words(`outskirts suburbs fringes edge centre center heart middle north south east west`);

/**
 * Words that open a newspaper's title by when it comes out: "the Sunday Sentinel", "the Evening
 * Post", "the Daily Blaze", each called by the rest of its title too ("the Sentinel").
 */
export const PERIODICALS = words(`daily weekly monthly morning evening sunday saturday`);

/**
 * Words abbreviated with a period that do not end a sentence. "a.m." and "p.m." are not here:
 * a time often ends a sentence, and sentences.ts treats them as dotted acronyms.
 */
export const ABBREVIATIONS = words(`
mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc corp ltd co vs etc no nos fig
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun e.g i.e approx
mt ft ave blvd dept est univ rev hon gen maj pres
`);

/**
 * Two-word verbs that mean one plain verb ("called off" = cancelled). Keyed by the first word's
 * comparison key and the particle; the value is a word whose comparison key the pair takes.
 */
export const PHRASAL_VERBS = new Map<string, string>(Object.entries({
  'call off': 'cancel', 'pull out': 'withdraw', 'rule out': 'reject', 'turn down': 'reject', 'step down': 'resign',
  'put off': 'postpone', 'hand over': 'give', 'give up': 'abandon', 'set up': 'establish', 'carry out': 'conduct',
  'break out': 'begin', 'take over': 'seize', 'wipe out': 'destroy', 'shut down': 'close', 'back down': 'retreat',
  'pull back': 'withdraw', 'fend off': 'repel', 'look into': 'investigate', 'find out': 'discover', 'set off': 'trigger',
  'take part': 'participate', 'tear into': 'criticise', 'lash out': 'criticise', 'hit out': 'criticise',
  'grow up': 'mature', 'take off': 'depart', 'lift off': 'depart', 'cave in': 'collapse', 'give way': 'collapse', 'put down': 'euthanise', 'fall through': 'collapse', 'blow up': 'explode',
}));

/** Irregular verb forms the stemmer leaves apart from their base ("held" / "hold"). */
export const IRREGULAR_FORMS = new Map<string, string>(Object.entries({
  held: 'hold', holds: 'hold', holding: 'hold', took: 'take', taken: 'take', gave: 'give', given: 'give', sent: 'send', won: 'win', lost: 'lose',
  fought: 'fight', struck: 'strike', began: 'begin', begun: 'begin', brought: 'bring', sought: 'seek', led: 'lead',
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', chose: 'choose', chosen: 'choose', flew: 'fly', flown: 'fly',
  broke: 'break', broken: 'break', paid: 'pay', sold: 'sell', bought: 'buy', sat: 'sit', stood: 'stand', drew: 'draw',
  drawn: 'draw', hid: 'hide', hidden: 'hide', shot: 'shoot', spent: 'spend', wrote: 'write', froze: 'freeze', frozen: 'freeze',
  underwent: 'undergo', undergone: 'undergo', found: 'find', withdrew: 'withdraw', withdrawn: 'withdraw', forbade: 'forbid',
  forbidden: 'forbid', arose: 'arise', arisen: 'arise', borne: 'bear', built: 'build', burnt: 'burn',
  caught: 'catch', dealt: 'deal', dug: 'dig', drove: 'drive', driven: 'drive', ate: 'eat', eaten: 'eat', fed: 'feed',
  felt: 'feel', fled: 'flee', forgave: 'forgive', forgiven: 'forgive', forgot: 'forget', forgotten: 'forget', grew: 'grow',
  grown: 'grow', hung: 'hang', heard: 'hear', knelt: 'kneel', lent: 'lend', meant: 'mean',
  overcame: 'overcome', overtook: 'overtake', overtaken: 'overtake', overthrew: 'overthrow', overthrown: 'overthrow',
  ran: 'run', rang: 'ring', rung: 'ring', rode: 'ride', ridden: 'ride', sank: 'sink', sunk: 'sink', shook: 'shake',
  shaken: 'shake', slept: 'sleep', slid: 'slide', spoke: 'speak', spoken: 'speak',
  stole: 'steal', stolen: 'steal', stuck: 'stick', stung: 'sting', strove: 'strive', swore: 'swear', sworn: 'swear',
  swept: 'sweep', swam: 'swim', swum: 'swim', taught: 'teach', tore: 'tear', torn: 'tear', threw: 'throw', thrown: 'throw',
  understood: 'understand', undertook: 'undertake', undertaken: 'undertake', upheld: 'uphold', woke: 'wake', woken: 'wake',
  wore: 'wear', worn: 'wear', wept: 'weep', withheld: 'withhold', beaten: 'beat', bitten: 'bite', blew: 'blow', blown: 'blow',
}));

/** A word shaped like a verb's past form or participle: "-ed" (past four letters) or an irregular form ("held"). */
export function isPastForm(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed')) || IRREGULAR_FORMS.has(lower);
}

/** Past forms too short for isPastForm's "-ed" shape that often tell what befell a count: "died", "fled". */
export const SHORT_PAST_FORMS = words('died fled');

/** Nouns for what others said ("reports that ...", "rejected suggestions that ..."), whose clause a report does not assert. */
export const REPORT_NOUN = /^(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|speculation|accounts?|assertions?)$/;

/** Cardinal number words. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, single: 1, dozen: 12, couple: 2, pair: 2,
};

/** A number written in words: "six", "thirty-six" (tens and units joined by a hyphen). */
export function wordNumber(w: string): number | null {
  if (w === 'a' || w === 'an') return null;
  if (Object.hasOwn(NUMBER_WORDS, w)) return NUMBER_WORDS[w];
  // (Every token that is no number comes here: the regex only for what could match it.)
  const m = w.includes('ty-') ? /^([a-z]+ty)-([a-z]+)$/.exec(w) : null;
  if (m && Object.hasOwn(NUMBER_WORDS, m[1]) && Object.hasOwn(NUMBER_WORDS, m[2]) && NUMBER_WORDS[m[2]] < 10 && NUMBER_WORDS[m[2]] >= 1) {
    return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  }
  return null;
}

export const MAGNITUDE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3,
};

/**
 * Vague plurals: "dozens of" means at least 24, "hundreds" at least 200, ... "thousands", like
 * "millions", runs up to the next named magnitude: "thousands of drivers a day" for 21,000.
 */
export const VAGUE_PLURALS: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 199], hundreds: [200, 999], thousands: [2000, 999999],
  millions: [2e6, 9.99e8], billions: [2e9, 9.99e11], several: [3, 9], few: [2, 5], many: [5, Infinity],
};

/** Nouns that count people, so "two women and a man" adds up to three people. */
export const PERSON_NOUNS = words(`
people person persons man men woman women child children boy boys girl girls adult adults resident residents
victim victims passenger passengers worker workers student students civilian civilians soldier soldiers
officer officers cop cops policeman policemen suspect suspects patient patients tourist tourists migrant migrants fan fans player players
member members teenager teenagers baby babies infant infants toddler toddlers pupil pupils
employee employees customer customers voter voters protester protesters prisoner prisoners hostage hostages
miner miners firefighter firefighters journalist journalists
rider riders cyclist cyclists athlete athletes runner runners climber climbers hiker hikers driver drivers
skier skiers walker walkers swimmer swimmers diver divers
kid kids schoolchildren youngster youngsters pilot pilots sailor sailors spectator spectators inmate inmates nurse nurses doctor doctors
refugee refugees demonstrator demonstrators pilgrim pilgrims survivor survivors guide guides
villager villagers evacuee evacuees inhabitant inhabitants citizen citizens visitor visitors
traveller travellers traveler travelers commuter commuters holidaymaker holidaymakers holder holders
supporter supporters volunteer volunteers activist activists marcher marchers participant participants guest guests
troop troops personnel
`);

/** Endings of nouns for what a person is or does: "rider", "cyclist", "crewman", "male". */
const ROLE_NOUN_ENDING = /(?:ist|er|or|ian|man|woman|men|women|male)s?$/;

/** A noun for a person, listed ("nurse", "boy") or by its ending ("delivery rider", "crewman"). */
export function personNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || ROLE_NOUN_ENDING.test(lower);
}

/** Duration units in seconds. */
export const DURATION_UNITS: Record<string, number> = {
  second: 1, seconds: 1, minute: 60, minutes: 60, hour: 3600, hours: 3600, day: 86400, days: 86400,
  week: 604800, weeks: 604800, month: 2629800, months: 2629800, year: 31557600, years: 31557600,
  decade: 315576000, decades: 315576000,
};

/**
 * Units of physical measure (length, area, mass, volume, energy, speed, sound). A figure in one
 * is a measurement, so two of them in one unit are likely the same measurement ("3.8 nanograms
 * per millilitre" / "2.6 nanograms"), unlike counts of things ("two shows" / "four shows").
 */
export const MEASURE_UNITS = words(`
millimetre millimetres millimeter millimeters centimetre centimetres centimeter centimeters
metre metres meter meters kilometre kilometres kilometer kilometers inch inches foot feet yard yards
mile miles hectare hectares acre acres gram grams kilogram kilograms kilo kilos milligram milligrams
microgram micrograms nanogram nanograms tonne tonnes ton tons litre litres liter liters millilitre
millilitres milliliter milliliters gallon gallons barrel barrels degree degrees celsius fahrenheit
kilowatt kilowatts megawatt megawatts gigawatt gigawatts volt volts knot knots decibel decibels
calorie calories mph kmh hertz stone megabyte megabytes gigabyte gigabytes terabyte terabytes petabyte petabytes
`);

/**
 * Units one measure is written in, as [the measure's unit, its size in that unit]: "six metres"
 * and "20ft" are one length, 6 and 6.1 metres. Abbreviations are those news writes glued to a
 * figure ("40ft", "3km", "2.4GW"); not "m", which is also a million ("$12m"), nor "pounds" and
 * "gallons", which are a currency and two different sizes.
 */
export const UNIT_SIZES: Record<string, [string, number]> = Object.fromEntries([
  ...entries('metre', 1, 'metre metres meter meters'),
  ...entries('metre', 0.001, 'millimetre millimetres millimeter millimeters mm'),
  ...entries('metre', 0.01, 'centimetre centimetres centimeter centimeters cm'),
  ...entries('metre', 1000, 'kilometre kilometres kilometer kilometers km'),
  ...entries('metre', 0.0254, 'inch inches'),
  ...entries('metre', 0.3048, 'foot feet ft'),
  ...entries('metre', 0.9144, 'yard yards'),
  ...entries('metre', 1609.344, 'mile miles'),
  ...entries('kilogram', 1, 'kilogram kilograms kilo kilos kg'),
  ...entries('kilogram', 0.001, 'gram grams'),
  ...entries('kilogram', 1e-6, 'milligram milligrams'),
  ...entries('kilogram', 1e-9, 'microgram micrograms'),
  ...entries('kilogram', 1e-12, 'nanogram nanograms'),
  ...entries('kilogram', 1000, 'tonne tonnes ton tons'),
  ...entries('kilogram', 0.45359237, 'lb lbs'),
  // (Singular only: "lost two stone"; "stones" are rocks.)
  ...entries('kilogram', 6.35029318, 'stone'),
  ...entries('litre', 1, 'litre litres liter liters'),
  ...entries('litre', 0.001, 'millilitre millilitres milliliter milliliters ml'),
  ...entries('hectare', 1, 'hectare hectares'),
  ...entries('hectare', 0.40468564, 'acre acres'),
  ...entries('kmh', 1, 'kmh kph'),
  ...entries('kmh', 1.609344, 'mph'),
  ...entries('megawatt', 0.001, 'kilowatt kilowatts kw'),
  ...entries('megawatt', 1, 'megawatt megawatts mw'),
  ...entries('megawatt', 1000, 'gigawatt gigawatts gw'),
  ...entries('hertz', 1, 'hertz hz'),
  ...entries('gigabyte', 0.001, 'megabyte megabytes mb'),
  ...entries('gigabyte', 1, 'gigabyte gigabytes gb'),
  ...entries('gigabyte', 1000, 'terabyte terabytes tb'),
  ...entries('gigabyte', 1e6, 'petabyte petabytes'),
  ...entries('volt', 1, 'volt volts'),
  ...entries('volt', 1000, 'kilovolt kilovolts kv'),
]);

function entries(unit: string, size: number, names: string): Array<[string, [string, number]]> {
  return names.split(' ').map((name) => [name, [unit, size]]);
}

/**
 * Verbs after "first" or "initially" that name an earlier account, not a member of a series:
 * "not in the evening as first reported", "as initially announced".
 */
/**
 * Verbs of knowing or telling that raise another's claim: "are now known to have died", "is
 * believed to be". The claim is the verb after "to have" / "to be", not these.
 */
export const RAISING_VERBS = words(`known believed thought feared said reported understood confirmed`);
export const ACCOUNT_VERBS = /^(?:reported|announced|stated|said|claimed|suggested|thought|believed)$/;

/** Words in a later article that mark a revision of an earlier report. */
export const REVISION_CUES = words(`
revised revise rose risen climbed jumped increased updated update now later since subsequently
raised lowered corrected correction latest new toll ultimately eventually
`);

/** Month names for date expressions. */
export const MONTHS = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/**
 * Nouns before "of" and a figure that say only how much or how many, not what: "a total of 12
 * people", "the number of", "a sum of £2m" (against "an exchange of 800 prisoners", "a first
 * prize of €25,000", which name what the figure is).
 */
export const AMOUNT_HEADS = words(`
total totals number numbers count tally group groups batch lot set dozen dozens couple pair handful
majority minority maximum minimum average list figure sum sums amount amounts excess hundreds
thousands millions tune region upwards`);

/** Degree words between a verb "to be" and what follows it ("completely inadequate", "was fully repaired"). */
export const DEGREE = words(`completely totally entirely wholly utterly fully quite very so too clearly simply perfectly deeply highly largely absolutely thoroughly plainly`);

/** Verbs and adverbs of a rise or a fall before a figure: "rose 3%", "crashed by 30 per cent", "down 2%". */
export const RISE = /^(?:ris(?:e|es|ing)|rose|risen|climb\w*|jump\w*|gain\w*|soar\w*|surg\w*|increas\w*|up|grew|grow\w*|rall(?:y|ied|ies))$/;
export const FALL = /^(?:f[ae]ll(?:s|ing|en)?|drop\w*|slid(?:e|es|ing)?|slump\w*|plung\w*|tumbl\w*|declin\w*|decreas\w*|down|dipp?\w*|shed\w*|lost|los(?:e|es|ing)|sank|sink\w*|crash\w*|plummet\w*|nosediv\w*|tank(?:s|ed|ing)?)$/;
/** Words between a movement verb and its figure: "fell by nearly 4%", "rose some 3%". */
export const MOVE_GAP = new Set(['by', 'a', 'an', 'about', 'around', 'almost', 'nearly', 'some', 'roughly', 'just', 'more', 'than', 'over', 'under', 'another']);

/** Words naming the kind of a named event before its name: "Cyclone Maren", "Exercise Iron Petrel". */
export const NAMED_EVENT_TYPES = new Set(['cyclone', 'hurricane', 'typhoon', 'storm', 'operation', 'exercise']);
