"""Cues: the vocabulary of each kind of unwanted note, in groups that only count together.

The phrase signals of ``red_flags`` catch the ways senders usually put a thing. Senders vary the words, not what
they talk about: a job scam talks about being chosen without an interview *and* paying for equipment; a romance
opener about a photo or a smile *and* a lonely life far away; a sales pitch about what "we" do *and* a call, a demo
or a free trial. So each category also has groups of cue words, each group a half (or a third) of a flag: one group
alone never raises a flag, two groups of one category do (three thirds, or a third and a half and so on). Each group
is named for what its words mean, so a flag explains itself by the words it quotes.

A few groups count against a category: the words of an employer offering jobs to students, of a warning about
scams, of a student asking for advice.
"""

from __future__ import annotations

from app.core.policy.signal import Signal, W, alt
from app.core.vocabulary import RedFlag

HALF = 0.5
THIRD = 0.34  # three thirds make a flag; a third and a half too

STUDENTS = alt(
    "students?|alumni|graduates?|clients?|candidates|members|mentees|learners|jobseekers|job seekers|customers|"
    "contacts|connections|network|etudiants|diplomes|klienten|kunden|studierenden|studenten|absolventen|alumnos|"
    "estudiantes|clientes|contactos|egresados|team|staff|colleagues|advisers|cohort|class|year group|"
    "final year~|equipe|kollegen|equipo"
)
THEIR_DATA = alt(
    "database|data base|data|list|lists|spreadsheet|excel|csv|cvs|cv s|resumes|e ?mails?|email addresses|"
    "e mail addresses|addresses|phone numbers|numbers|contact details|contact info~|details|profiles|names|"
    "kontaktliste|liste|listen|daten|adressen|lista|listado|base de datos|datos|correos|fichier|coordonnees|adresses"
)


def cue_signals() -> tuple[Signal, ...]:
    s = Signal
    return (
        # --- scam: prizes and inheritances -------------------------------------------------------------------
        s(
            RedFlag.SCAM,
            "a prize or an inheritance",
            HALF,
            "won|winner|winning|prize|prizes|draw|lottery|lotto|jackpot|sweepstake~|raffle|unclaimed|inherit~|"
            "beneficiary|next of kin|late (?:relative|client|husband|father|uncle|mother|wife)|deceased|estate of|"
            f"late {W(2)}(?:minister|president|general|governor|director)|bank ?direktor|bank director|"
            "banquier|banquero|director de banco|barrister|solicitor|attorney|banker|bank manager|"
            "confidential (?:business|proposal|deal|transaction)|"
            "business proposal|sharing ratio|\\d+ \\d+ (?:sharing|share|split|ratio)|gewinnspiel|gewonnen|gagne|"
            "gagnant|heritage|herencia|premio|ganador|loteria|sorteo|bequeath|leguer|legu~|mes biens|my (?:estate|"
            "fortune|"
            "wealth|assets|late husband s)|vermachen|erbe|legar|mis bienes",
            True,
        ),
        s(
            RedFlag.SCAM,
            "a large sum to claim",
            HALF,
            r"claim|collect|release|(?:usd|gbp|eur) ?\d+ ?(?:\d{3} )*(?:k|m|million|millions|000)|"
            r"\d+(?: \d{3})+ (?:usd|gbp|eur|dollars|pounds|euros?)|\d+ ?(?:k|m|million) (?:usd|gbp|eur|dollars|pounds|"
            rf"euros?)|(?:usd|gbp|eur) ?\d+(?: \d)? ?(?:m|million)|funds transfer|transfer {W(2)}funds?|"
            r"reclam~|beanspruch~|reclamar",
        ),
        s(
            RedFlag.SCAM,
            "a message meant for someone else",
            1,
            "(?:added|messaged|texted|contacted|sent (?:this|it) to|reached|connected with) (?:the )?wrong (?:person|"
            "number|"
            "contact|profile)|sorry (?:wrong|i think i have the wrong) (?:person|number)|(?:mauvaise personne|"
            "falsche person|"
            "persona equivocada)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "a secret deal",
            HALF,
            "mutual (?:benefit|interest)|mutually beneficial|confidential|confidentiel~|vertraulich~|confidencial~|"
            "geschaftsangebot|proposition d affaires|propuesta de negocio|trusted person|reliable person|discreet~|"
            "secrecy|utmost|honest (?:person|"
            "partner|man|woman)|trustworthy|god fearing|foreign partner|personne honnete|ehrliche person|"
            "persona honesta|beneficio mutuo|benefice mutuel|gegenseitigen nutzen",
        ),
        s(
            RedFlag.SCAM,
            "money passed through you",
            HALF,
            "(?:receive|get|send you|mail you|deposit) (?:a |the )?(?:check|cheque)|cheque|wire (?:the|back|it|money|"
            "funds|the rest|the balance)|transfer (?:the )?(?:rest|balance|remaining|difference)|approved vendor|"
            "our vendor|western union|moneygram|bitcoin atm|itunes|steam cards?|gift cards?|(?:forward|repackage|"
            f"reship|receive) {W(1)}(?:parcels|packages|goods|items|shipments)|receiving agent|repackag~|"
            "money mule|payment agent|process payments",
        ),
        # --- scam: jobs that pay too well, too easily, and cost money -------------------------------------------
        s(
            RedFlag.SCAM,
            "hired without an interview",
            HALF,
            "your profile matches|(?:you are|you re) (?:a )?(?:perfect|great|ideal) (?:fit|match)|pre ?approved|"
            "pre ?selected|pre ?qualified|pre ?screened|you (?:have|ve) been (?:selected|chosen|"
            "shortlisted|picked|approved|hired)|you re (?:selected|hired|approved)|selected for|been chosen|"
            "no interview|"
            "without (?:an )?interview|no experience|no cv|no skills (?:needed|required)|anyone can|immediate start|"
            "start (?:today|tomorrow|immediately|right away)|part time|(?:le|te|vous|ihnen|you) (?:ofrecemos|ofrezco|"
            "proposons|propose|bieten|offer) (?:un |una |a |an |une |eine )?(?:trabajo|empleo|puesto|travail|emploi|"
            "poste|"
            "job|stelle|position)|trabajo (?:sencillo|facil)|travail (?:simple|facile)|einfache (?:arbeit|tatigkeit)|"
            "flexible hours|from home|remote (?:job|position|"
            "role|work|opportunity)|hiring (?:now|urgently|part time|remote)|"
            "ausgewahlt|ohne vorstellungsgesprach|von zu hause|selectionne~|sans entretien|de chez vous|a domicile|"
            f"retenu~|a distance|teletravail|seleccionad~ para|a distancia|visa sponsor~|sponsor~ {W(2)}visas?|"
            "seleccionad~|sin entrevista|desde casa|sin experiencia|sans experience|ohne erfahrung",
        ),
        s(
            RedFlag.SCAM,
            "a fee",
            HALF,
            "(?:buy|purchase|pay for|order) (?:the |your |a |our )?{w}{w}(?:equipment|starter|kit|laptop|software|"
            "training|course|certificate|certification|materials|licen[cs]e|uniform)|starter (?:kit|pack|equipment)|"
            "reimburs~|refund~|deposit|upfront|up front|small fee|a fee|the fee|fees|pay (?:a|the|only|just)|"
            "(?:need|have|has|must) to pay|(?:regler|payer|pagar|zahlen|bezahlen|uberweisen) |only (?:usd|gbp|"
            "eur) ?\\d+|(?:usd|gbp|eur) ?\\d+ to (?:confirm|reserve|"
            "secure|book|register|unlock|activate)|to (?:confirm|reserve|secure) (?:your|the) (?:seat|place|spot|role|"
            "position|slot)|frais|gebuhr~|kaution|anzahlung|cuota|tarifa|deposito|pago inicial".format(w=W(1)),
            True,
        ),
        s(
            RedFlag.SCAM,
            "a task job",
            HALF,
            "per (?:task|like|video|review|click|order|survey)|simple tasks|online tasks|a task|tasks|get paid|"
            "paid (?:per|to|daily|weekly|instantly)|like (?:youtube |tiktok |instagram )?(?:videos|posts)|"
            "(?:rate|review) (?:apps|products|hotels|restaurants)|order boost~|data entry|reshipp~|package forward~|"
            "parcel forward~|mystery shopp~|paid surveys?|surveys|app tester|(?:usd|gbp|eur) ?\\d+ (?:a |per )?(?:day|"
            "daily|hour|hr|h|week|wk|dia|jour|tag)|\\d+ (?:usd|gbp|eur) (?:a |per )?(?:day|hour|hr|h|task|week|wk|dia|"
            "jour|tag)|"
            "taches|aufgaben|tareas|le pagamos|te pagamos|pagamos por|por cada (?:tarea|like|resena)|"
            "par tache|pro aufgabe|me gusta a|(?:likes?|me gusta|j aime) (?:a|to|on|en|sur|auf) (?:hotels|hoteles|"
            "restaurants|restaurantes|google|maps)",
        ),
        # --- scam: investment and crypto -----------------------------------------------------------------------
        s(
            RedFlag.SCAM,
            "crypto, forex or trading",
            HALF,
            "bitcoin|btc|crypto~|krypto~|cripto~|ethereum|usdt|tether|forex|fx|binary options|nfts?|blockchain|"
            "altcoin~|defi|trading signals|signals|trading (?:bot|group|platform|account|mentor|strategy|expert)|"
            "invest~|portfolio|broker|wallet|mining|stocks?|options trading|account manager|inversion|anlage~",
        ),
        s(
            RedFlag.SCAM,
            "returns too good to be true",
            HALF,
            r"guarante~|garanti~|zero risk|no risk|risk free|riskless|without risk|sans risque|ohne risiko|sin riesgo|"
            r"\d+ (?:\d+ )?percent (?:returns?|profit~|roi|gains?|interest|a|per|pro|par|al|every|each|daily|weekly|"
            r"monthly)|(?:daily|weekly|monthly) (?:returns?|profits?|payouts?|gains?|income|roi)|returns?|profits?|"
            r"passive income|doubl~ (?:your|ur|votre|su|tu|ihr~) (?:money|investment|capital|argent|dinero|geld|"
            r"kapital|"
            r"inversion|savings)|\d+ percent in \d+ (?:days|weeks|months)|made \d+ percent|arbitrage|my mentor|"
            r"verdoppeln|duplica~|win rate|giveaway|airdrop|free (?:crypto|bitcoin|btc|eth|tokens)|financial freedom|"
            r"rendite|"
            r"gewinn~|"
            r"rendement~|ganancias|rentabilidad|beneficios",
        ),
        # --- scam: phishing ----------------------------------------------------------------------------------
        s(
            RedFlag.SCAM,
            "an account in danger",
            HALF,
            "(?:restricted|suspended|suspension|disabled|locked|deactivat~|terminated|closed|blocked|limited|"
            "flagged|reported|violat~|breach~|compromised|hacked|hijacked|unusual|suspicious|unauthori[sz]ed|"
            "gesperrt|deaktiviert|suspendu|bloque|desactive|suspendida|bloqueada|desactivada)",
        ),
        s(
            RedFlag.SCAM,
            "log in here to fix it",
            HALF,
            "vote for me|cast (?:a|your) vote|voting link|in a contest|verify|verification|confirm (?:your|the|it)|"
            "validate your|log ?in|sign ?in|re ?activate|restore|"
            "unlock|security (?:team|check|alert|notice|department)|linkedin (?:security|support|team|help|"
            "compliance|trust)|within \\d+ ?(?:h|hrs?|hours?|days?)|(?:click|tap|follow|open|visit) (?:here|the link|"
            "this link|below|link)|verifiez|bestatigen|verifique|verifica",
        ),
        # --- scam: romance -----------------------------------------------------------------------------------
        s(
            RedFlag.SCAM,
            "admiring a stranger's looks",
            HALF,
            "beautiful|gorgeous|(?:so|very|really) pretty|pretty (?:smile|face|eyes|lady|woman|girl)|handsome|cute|"
            "sexy|stunning|attractive|lovely (?:smile|eyes|face|photo|"
            "picture)|your (?:smile|eyes|photo|picture|pic|profile picture|face|beauty)|(?:kind|beautiful|lovely) "
            "eyes|caught my (?:eye|attention)|felt a connection|a connection between us|my heart|sweetheart|"
            "honey|darling|hello dear|hi dear|my dear|dear friend|guapa|guapo|hermosa|preciosa|bella|belle|"
            "magnifique|charmante|hubsch|wunderschon|schones lacheln|ta photo|tu sonrisa|tu foto|votre sourire|"
            "cher ami|chere amie|querida|querido|came across your profile|your profile (?:picture|photo)|"
            "(?:nice|honest|kind|caring|sweet|gentle) (?:and|person|woman|man|lady|heart)|find your profile|"
            "votre profil m a (?:beaucoup )?touche|tu perfil me|ihr profil hat mich|"
            "your profile (?:is )?(?:nice|interesting|attractive|lovely)",
        ),
        s(
            RedFlag.SCAM,
            "personal questions from a stranger",
            HALF,
            "(?:send|share) (?:me )?(?:your|ur|some|more) (?:pics|pictures|photos|selfies?)|are (?:you|u) (?:married|"
            "single)|married|how old are (?:you|u)|where (?:do )?(?:you|u) live|(?:you|u) live in|your age|"
            "estas casada|etes vous mariee|sind sie verheiratet|tu es celibataire",
        ),
        s(
            RedFlag.SCAM,
            "a widower far away",
            HALF,
            "widow~|divorc~|single (?:father|dad|mother|mom|mum|man|woman)|lonely|alone|oil rig|oil platform|"
            "offshore|ship captain|sea captain|captain|navy|army|soldier|military|marine|deployed|on (?:a )?mission|"
            "peacekeep~|militaire|soldat|soldado|militar|en mission|in mission|en mision|im einsatz|un doctor|surgeon|"
            "engineer (?:on|in|working)|contractor in|syria|afghanistan|yemen|"
            "soulmate|soul mate|true love|serious relationship|get to know (?:you|each other)|friendship|"
            "not here for (?:business|work)|veuf|veuve|witwer|witwe|viudo|viuda|plataforma petrol~|soledad|"
            "(?:be|become) (?:your |my )?friends?|make (?:a )?(?:new )?friends?|new friend|how are you today|"
            "how is your day|malade|cancer|terminally ill|sick|hospital",
        ),
        s(
            RedFlag.SCAM,
            "words of people warning about scams, or asking for advice",
            -HALF,
            "how (?:do|can|to) (?:i|we|you) (?:spot|tell|avoid|check|know)|is (?:this|it) (?:legit|genuine|real|"
            "a scam)|(?:was|were|got|been) (?:scammed|asked to pay|asked for)|scam awareness|warning|warned|"
            "workshop on|talk on|session on|your (?:post|talk|session|article) (?:on|about)|offered me|"
            "asked me (?:to pay|"
            "for)|wants (?:me to|money|usd|gbp|eur)|is (?:this|it|that) normal|should i (?:pay|trust|worry|be)|"
            "(?:a|this|the) (?:recruiter|company|person|guy) (?:asked|wants|offered|messaged)|what should i do|"
            "(?:do|should|would) i (?:need|have) to pay|should i pay|(?:got|received|get) (?:an? )?(?:e ?mail|message|"
            "text|call|"
            "offer) (?:saying|claiming|from)|advise (?:on|me)|can you advise|your advice|"
            "est ce normal|ist das normal|es normal",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "someone else's request, reported",
            -HALF,
            "(?:someone|somebody|they|he|she|a recruiter|a guy|this person|the recruiter|a company) (?:wanted|asked|"
            "told|"
            "tried to get) me to|i got one|blocked (?:them|him|her)|reported (?:them|him|her|it)|your post about|"
            "is (?:this|it) (?:normal|legit|safe)",
        ),
        # --- sales pitch --------------------------------------------------------------------------------------
        s(
            RedFlag.SALES_PITCH,
            "we offer",
            HALF,
            "(?:we|i|our (?:team|agency|firm|company|consultancy|platform|studio))(?: ve| have| re| are| can| will)?"
            " (?:help|helping|helped|specialis~|specializ~|provide|providing|offer|offering|deliver|delivering|"
            "redesign|build|building|design|develop|book (?:\\d+|qualified|more)|placing|supply|partner|work with|"
            "support|enable|empower|automate|generate|connect (?:companies|businesses|brands)|pay \\d+|make|sell|sells|"
            "built|created|launched|developed|made|"
            "host|publish|do|record~|"
            "manufactur~|produce|print|fix|handle|take care of|manage|rank|answer|answers|get (?:you|your))|"
            "our {w}{w}(?:platform|software|tool|solution|app|product|assistant|chatbot|service|agency|programme|"
            "program|brand|licen[cs]e|tests?)|(?:notre|nuestra|nuestro|unsere?) {w}(?:agence|solution|plateforme|"
            "solucion|plataforma|lizenz|software|agentur|produkt|herramienta|logiciel)|\\d+ ?(?:plus )?(?:projects|"
            "clients|companies|brands|universities|schools|businesses|customers) "
            "(?:delivered|served|helped|launched|trust|use|rely)|(?:agency|studio|consultancy|company|firm) (?:from|"
            "based in) |ich bin (?:ein |eine )?{w}(?:berater~|coach|consultant|entwickler|anbieter|grunder)|"
            "je suis (?:un |une )?{w}(?:consultant~|coach|fondat~|developpeur)|soy (?:un |una )?{w}(?:consultor~|"
            "coach|fundador~|desarrollador~)|not a (?:sales )?pitch|no (?:hard )?sell|"
            "join our {w}{w}{w}(?:certification|course|programme|program|bootcamp|masterclass|academy|cohort|webinar)|"
            "i m (?:a|an) (?:certified |freelance |independent |experienced )?{w}{w}(?:coach|consultant|designer|"
            "developer|marketer|strategist|copywriter|trainer|specialist|expert|founder|ceo)|"
            "somos|ofrecemos|ayudamos|nuestra? (?:empresa|agencia|consultora|plataforma)|nous (?:aidons|proposons|"
            "accompagnons|offrons)|notre (?:cabinet|agence|societe|plateforme|solution)|(?:wir|unsere?) "
            "(?:unterstutz~|helfen|bieten|entwickeln|agentur|firma|plattform|losung)|propose|bietet".format(w=W(2)),
        ),
        s(
            RedFlag.SALES_PITCH,
            "a quick call",
            HALF,
            "demo|discovery (?:call|session)|strategy (?:call|session)|free (?:trial|audit|mock ?up|consultation|"
            "session|quote|review|assessment|pilot|sample|report|guide)|complimentary|no obligation|no strings|"
            "(?:quick|short|brief) (?:call|chat|zoom|intro|look)|\\d+ ?(?:min|mins|minutes)|a few minutes|"
            "(?:share|show) (?:you )?how|mind if i|(?:can|may|could|shall) i (?:send|share|show)|open to|"
            "interested in (?:learning|hearing|exploring|seeing|a)|worth (?:a|exploring)|next week|this week|"
            "hop on|jump on|set up a|schedule|book a|calendar|unverbindlich|termin|gesprach|kurz~|rendez vous|"
            "(?:noticed|saw|see) (?:that )?you (?:work|re|are|lead|run|head)|reaching out because|free sample|"
            f"(?:recorded|made|filmed|created) (?:a |you a )?{W(2)}video|personali[sz]ed video|loom|"
            "do you have a (?:minute|moment|sec|second)|(?:did|have) you (?:get|had|have) a chance to (?:look|review|"
            "read|"
            "check)|(?:je serais|je suis) ravie? de vous (?:presenter|montrer)|me gustaria (?:presentarle|mostrarle|"
            f"ensenarle)|(?:ich wurde|wurde ich) ihnen gerne {W(1)}(?:vorstellen|zeigen)|(?:wann|quand|cuando) "
            "(?:konnen|pourrions|pouvons|podemos|podriamos)|"
            "(?:post|send) (?:you )?a (?:free )?sample|happy to (?:send|share|show|post)|hearing how|"
            "echange rapide|seriez vous|llamada|reunion|sin compromiso|hatten sie|auriez vous|tendria",
        ),
        s(
            RedFlag.SALES_PITCH,
            "a paid place at our event",
            HALF,
            "sponsor~ (?:our|the|an?|this)|consider sponsoring|sponsored (?:listings?|features?|posts?|slots?|pages?|"
            "ads?|"
            "adverts?|articles?|content)|sponsorship (?:packages?|opportunit~|slots?)|"
            "exhibitor (?:stands?|spaces?|packages?|places?)|stands? (?:left|available|remaining)|guest (?:slots?|"
            "spots?) "
            "(?:are|cost|for|from|at)|paid (?:slots?|spots?|features?|placements?)|advertis~ (?:in|on|with) our",
        ),
        s(
            RedFlag.SALES_PITCH,
            "a price for it",
            HALF,
            r"packages? (?:start|starting|from)|page (?:usd|gbp|eur) ?\d+|starting (?:at|from) (?:usd|gbp|eur)|"
            r"from (?:usd|gbp|eur) ?\d+|"
            r"(?:usd|gbp|eur) ?\d+(?: \d+)? (?:including|inc|incl|plus vat|vat|\+ vat|per (?:month|post|seat|user|"
            r"year)|a "
            r"(?:month|post|seat|user))|plus vat|\d+ (?:posts|articles|videos) (?:a|per) month|(?:a|per) month in your",
        ),
        s(
            RedFlag.SALES_PITCH,
            "a product or service for sale",
            THIRD,
            "software|platform|solution|solutions|saas|tool|tools|app|dashboard|digitali~|agency|consultancy|"
            "staff augmentation|contractors|outsourc~|offshore|bootcamp|paid ads|marketing|website|web design|"
            "licen[cs]e|subscription|coaching|training (?:package|programme|program)|services|plattform|losung|"
            "logiciel|plataforma|herramienta|platforms|booth|stand|logo placement|exhibit~|stall|cles en main|turnkey|"
            "llave en mano|psychometric|assessments?",
        ),
        s(
            RedFlag.SALES_PITCH,
            "the words of selling to a business",
            THIRD,
            "clients?|customers?|leads|meetings|pipeline|revenue|roi|b2b|b2c|high ticket|commission|referr~|refer|"
            "pricing|price|prices|procurement|decision maker~|budget|brand~|conversion|growth|scale|"
            "your (?:institution|org|organisation|organization|uni|university|team|"
            "department|business|company|website|site|brand)|\\d+ ?percent off|(?:usd|gbp|eur) ?\\d+|from (?:usd|gbp|"
            "eur)|per (?:month|seat|user|student)|licen[cs]e|subscription|hochschulen|career service|empresas|"
            "entreprises|etablissements|unternehmen|kunden|klienten|preferred (?:supplier|partner|vendor)|partnership|"
            "sponsor~|\\d+ ?x (?:more|faster|better|higher)|turnaround|guest (?:spots?|slots?)|sponsored "
            "(?:slots?|posts?|episodes?|listings?|features?|pages?|ads?|adverts?|articles?)|(?:half|full|quarter) page|"
            "paid (?:feature|placement|listing)|fees|cooperation|templates|premium|"
            "pilot pricing|booked calls|our proposal|the proposal|rates|(?:save|saves) (?:you|"
            f"your) {W(2)}(?:hours|"
            "time|money|days)|calls booked|(?:rank|ranking) (?:higher|on google|first)|page (?:1|one) (?:of|"
            "on)? ?(?:google)?|"
            "money back|your (?:next )?(?:project|website|campaign|event|events|hires|hiring)|\\d+ percent of|24 7|"
            "higher ed|hochschulbereich|digital~|transformation|merch~|branded|taking on \\d+|\\d+ more "
            "(?:universities|clients|schools|spots)",
        ),
        # --- pressure -----------------------------------------------------------------------------------------
        s(
            RedFlag.PRESSURE,
            "few places left",
            HALF,
            r"limited (?:spots|places|seats|offer|availability)|only \d+ (?:spots?|places?|seats?|left)|spots? left|"
            r"places left|seats left|only taking (?:on )?\d+|(?:only|just) \d+ (?:more|places|spots|seats)|"
            r"places limitees|plazas limitadas|begrenzte platze|first come first served|while (?:spots|places) last|"
            r"selling out|almost (?:full|gone)|miss out|hate for you to miss|don t miss",
        ),
        s(
            RedFlag.PRESSURE,
            "a deadline",
            HALF,
            r"urgent~|asap|immediately|right now|right away|today|tonight|tomorrow|by (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|week))|before (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|tomorrow|midnight|it s too late)|within \d+ ?(?:h|hrs?|hours?|minutes?|"
            r"days?)|\d+ ?h|deadline|last chance|final (?:notice|warning|reminder|chance|call)|expir~|ends (?:at|"
            r"tonight|today|midnight|soon)|only \d+ (?:spots?|places?|seats?|left)|spots? left|now or never|"
            r"only taking (?:on )?\d+|miss out|hate for you to miss|don t miss|limited (?:places|spots|seats|offer)|"
            r"places limitees|plazas limitadas|begrenzte platze|(?:nur noch|seulement|solo|only) (?:diese|cette|esta|"
            r"this) "
            r"(?:woche|semaine|semana|week)|this week only|(?:only|just) \d+ (?:more|places|spots|seats)|(?:heute|"
            r"morgen)(?: noch)?|sofort|dringend|sonst|hoy|manana|urgente|aujourd hui|demain|sinon|vite",
        ),
        s(
            RedFlag.PRESSURE,
            "blaming",
            HALF,
            r"(?:ignored|ignoring|ignore) (?:me|my|this)|rude|disrespect~|unprofessional|disappoint~|(?:meant|"
            r"supposed) "
            r"to help|terrible|awful|horrible|incompetent|your fault|doesn t care|don t care|not care about|"
            r"i d expect more|expected (?:more|better)|surely you can|"
            r"fellow professional|shame|selfish|arrogant|useless|pathetic|unacceptable|honte|unverschamt|vergonzoso|"
            r"maleducad~|impoli~|informar a su|informer (?:votre|ta)|(?:report|complain about) you to|"
            r"tell your (?:boss|"
            r"manager|university|employer)|complain to your|bei ihrem (?:arbeitgeber|chef) melden",
        ),
        s(
            RedFlag.PRESSURE,
            "insisting",
            HALF,
            r"(?:my|this is my|the) (?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|last|final|previous) "
            r"(?:message|request|invitation|attempt|time|reminder|requests|messages)|messaged you (?:\d+|twice|three|"
            rf"several|many)|won t ask again|dreimal|zweimal|mehrmals|schon {W(2)}geschrieben|keine antwort|"
            r"trois fois|plusieurs fois|sans reponse|tres veces|varias veces|sin respuesta|(?:\d+|two|three|four|five|"
            r"several) (?:days|weeks) ago|if you don t "
            r"(?:remove|delete|reply|answer|respond|accept)|last try|last attempt|one last time|guess you re busy|"
            r"sent you (?:a few|"
            r"several|many|\d+|two|three) (?:notes|messages|requests)|if i don t hear back|if i do not hear back|"
            r"i ll assume|bump|bumping|"
            rf"(?:been )?waiting {W(2)}(?:days|weeks|for your)|si no (?:responde|"
            r"contesta)|if (?:you )?(?:don t|do not) (?:reply|respond|answer)|si vous ne (?:repondez|me repondez)|"
            r"wenn sie nicht (?:antworten|reagieren)|i need you to|you need to|you must|you have to|(?:accept|reply|"
            r"respond|answer|act|"
            r"antworten|antworte|responde|repondez|reponds)(?: me)? (?:by|before|today|tomorrow|now|within|heute|hoy|"
            r"aujourd hui|immediately|asap)|bitte (?:heute|sofort|umgehend)|vergeben wir|otherwise|or else|"
            r"or (?:we|i) (?:will|ll)|we will give (?:it|the place)|or (?:it|you|your [^ ]+) (?:will|ll|wil)|"
            r"(?:confirm|act|reply|respond|accept|sign up|register|book) now|asked you (?:twice|again|\d+ times|"
            r"three times|several times)|(?:nothing|no answer|no reply|no response) (?:yet|back|from you)|and nothing|"
            r"bumping this|top of your inbox|following up (?:again|on my)|circling back|still no|hi again|"
            r"(?:noch einmal|nochmals|encore une fois|otra vez|de nuevo)",
        ),
        # --- harvesting ----------------------------------------------------------------------------------------
        s(
            RedFlag.HARVESTING,
            "other people's data",
            1,
            f"{THEIR_DATA} (?:of|from|on|de|des|von|der) (?:all |every |each |the )?(?:of )?(?:this year s|last year s|"
            f"your|ihrer|ihre|deiner|vos|"
            f"tes|tus|sus|the|de vos|de tus|de sus) {W(1)}{STUDENTS}|(?:every|all|each|todos|tous|alle|jede~) "
            f"(?:of )?(?:your |the |ihre |vos |tus )?{W(1)}(?:student|students|client|clients|graduate|graduates|"
            f"alumni|candidate|candidates|member|members) {W(1)}(?:cvs?|e ?mails?|numbers?|details|data|contacts?|"
            f"profiles?|resumes?|addresses)|(?:kontaktliste|kundenliste|adressliste|liste|daten|lista|base de datos|"
            f"fichier) (?:ihrer|deiner|der|de vos|de tes|de tus|de sus|de los|des) {W(1)}{STUDENTS}|"
            f"(?:tag|mention|invite|add) (?:every|all|each|everyone|everybody) {W(3)}{STUDENTS}|"
            f"(?:communiquer|envoyer|transmettre|donner|pasar|enviar|mandar|schicken|senden|geben|send|give|pass|"
            f"share) "
            f"{W(2)}(?:leurs|sus|ihre|deren|their) {W(1)}(?:coordonnees|adresses|e ?mails|correos|numeros|contacts|"
            f"datos|"
            f"kontaktdaten|adressen|numbers|details|cvs)|"
            f"(?:share|forward|send|post|pass) {W(4)}(?:with|to) (?:every|all|each|everyone) (?:of )?(?:your )?{W(1)}"
            f"{STUDENTS} (?:on|in) (?:your|the) (?:mailing list|list|database|newsletter)|"
            f"(?:send|give|pass|share|forward) (?:me|us) (?:their|all their|the students|your students) {W(1)}"
            f"(?:whatsapp |phone |mobile |contact |e ?mail )?(?:numbers?|e ?mails?|details|contacts|addresses|cvs?)",
            True,
        ),
        # --- endorsement trading -------------------------------------------------------------------------------
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "an endorsement",
            HALF,
            "endors~|recommendation|recommendations|skills?|testimonial|valid~|empfehl~|bestatig~|recomend~|"
            "recommand~|aptitud~|competences?|fahigkeiten|kenntnisse",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "and one in return",
            HALF,
            "(?:endorse|recommend|validate|write|give|do) (?:me |mine |one )?back|one back|(?:you|u) do mine|"
            "do mine|mine (?:too|as well)|for mine|in return|in exchange|return the favou?r|retur~ (?:it|them|the)|"
            "reciprocat~|same for me|your turn|win win|help each other|each other|one another|quid pro quo|"
            "you scratch|te valido|yo te|me validas|a cambio|lo mismo|en retour|en echange|de meme|pareil|"
            "y tu las mias|las mias|et toi les miennes|les miennes|und du meine|meine auch|and you mine|intercambio|"
            "echange|tausch~|"
            f"(?:if you|could you|can you|would you) (?:could |can )?do {W(3)}for me|(?:could|can|"
            "would) you do "
            "(?:the same|mine|me)|for endorse~|endorse for|"
            "im gegenzug|gegenseitig~|umgekehrt|dafur",
            True,
        ),
        # --- selling ---------------------------------------------------------------------------------------------
        s(
            RedFlag.SELLING,
            "followers, views or recommendations",
            HALF,
            "followers?|likes|endorsements|recommendations|profile views|views|reviews|subscribers|upvotes|"
            "connections|abonnes|abonnenten|seguidores|empfehlungen|recommandations|recomendaciones",
        ),
        s(
            RedFlag.SELLING,
            "delivered in bulk",
            HALF,
            r"\d+ ?k? (?:for|ab|pour|por|fur|x) (?:usd|gbp|eur|\d)|per (?:post|order)|\d+ 99|"
            r"trial (?:pack|package|order)|"
            r"panel|smm|provide|provides|deliver~|biete~|anbiet~|vendemos|vend~|verkauf~|organic|instant|cheap~|stuck|"
            r"piezas|fast|paypal|cash ?app|venmo|per (?:skill|endorsement|follower|like)",
        ),
    )
