"""The phrase signals of red flags: the ways senders usually put each kind of unwanted note, as word patterns.

Each signal is a pattern over the note as ``note_reading`` folds it, with its category and weight (see
``signal``). The word lists below are shared by several signals; the cue groups that complete them are in
``red_flag_cues``.
"""

from __future__ import annotations

from app.core.policy.signal import Signal, W, alt
from app.core.vocabulary import RedFlag

THINGS_FOR_SALE = alt(
    "followers?|likes|endorsements?|recommendations?|connections|profile views|views|reviews|subscribers|upvotes|"
    "abonnes|abonnenten|follower|seguidores|me gusta|empfehlungen|recommandations|recomendaciones|engagement|"
    "profilaufrufe|profilbesuche|aufrufe|vues|visitas|visites"
)
COMMERCE = alt(
    "buy|buying|bought|purchas~|order|sell|selling|sells|resell~|acheter|achetez|achat|kaufen|kaufe|kauf|"
    "comprar|compra|compre|vendo|vendemos|vendre|verkaufe~"
)
PRICE = alt(
    r"(?:usd|gbp|eur) \d~|\d+ ?k? (?:usd|gbp|eur|dollars?|pounds?|euros?|quid|bucks)|for (?:just|only) (?:usd|gbp|"
    r"eur)?|"
    r"best price|lowest price|low price|cheapest|discount~|promo code|coupon|for sale|price list|per month|"
    r"a month|money back"
)
ORGS = alt(
    "universities|university|colleges|schools|businesses|business|companies|company|brands|institutions|"
    "organisations|organizations|startups|start ups|teams|firms|agencies|employers|recruiters|hr teams|"
    "careers services|career services|coaches|professionals|advisers|advisors|schools|departments|charities|"
    "ngos|enterprises|clients like you|leaders"
)
YOUR = alt("your|ur|you r|votre|vos|ton|ta|tes|ihre|ihr|ihren|ihrer|deine|dein|deinen|deiner|tu|tus|su|sus")
PERSONAL_ITEM = alt(
    "(?:phone|mobile|cell|cellphone|telephone|whatsapp|home|private|personal|contact) (?:number|no|num|nr)|"
    "number|phone|mobile|(?:personal|private|home|own|gmail) (?:e ?mail|email address|e mail address|address)|"
    "(?:home|postal|street|house|physical|residential|full|private) address|date of birth|dob|birth date|birthday|"
    "home address|address|postcode|post code|"
    "bank (?:details|account|info~|card|statement|login)|account (?:number|details)|sort code|iban|swift|bic|"
    "routing number|(?:credit|debit) card|card (?:number|details)|cvv|pin|passport|id card|identity card|"
    "photo id|driving licen[cs]e|national insurance|ni number|social security|ssn|tax (?:id|number)|"
    "maiden name|password|passcode|login details|login|otp|one time (?:code|password)|verification code|"
    "numero|numero de telephone|adresse (?:postale|personnelle|privee)|date de naissance|rib|"
    "coordonnees (?:bancaires|personnelles)|piece d identite|passeport|mot de passe|"
    "telefonnummer|handynummer|nummer|anschrift|wohnadresse|geburtsdatum|bankverbindung|bankdaten|kontonummer|"
    "kontodaten|"
    "ausweis~|personalausweis|reisepass|passwort|privatadresse|"
    "telefono|movil|direccion postal|domicilio|fecha de nacimiento|datos bancarios|cuenta bancaria|dni|pasaporte|"
    "contrasena|"
    "correo personal|numero de cuenta|gmail|hotmail|yahoo|pics|selfies?|private photos"
)
ASK = alt(
    "send|give|share|tell|provide|forward|pop|jot|stick|text|dm|e ?mail|need|want|require|get|confirm|verify|update|"
    "drop|"
    "leave|post|write|submit|fill in|enter|tell me|pass|i need|we need|envoy~|donn~|communiqu~|transmet~|"
    "indiqu~|partag~|confirm~|schick~|send~|senden|gib|geben|teil~|nenn~|mitteil~|bestatig~|"
    "envia~|envie~|manda~|dame|deme|da|comparte~|pasa~|indica~|confirma~|dime|digame|dinos|diganos|dites moi|"
    "dis moi|sag mir|sagen sie mir|verrate~|facilit~|proporcion~"
)
# Verbs of asking as German, French and Spanish put them, after what is asked for ("Ihre Nummer geben").
ASK_AFTER = alt(
    "geben|mitteilen|senden|schicken|nennen|zukommen lassen|bestatigen|angeben|teilen|zusenden|"
    "envoyer|communiquer|donner|transmettre|indiquer|partager|enviar|mandar|dar|compartir|facilitar|"
    "proporcionar|indicar|confirmar|enviarme|mandarme|darme"
)
# What no stranger needs, whatever the verb: asking about it at all is asking for it.
SENSITIVE_ITEM = alt(
    "date of birth|birth date|dob|bank (?:details|account|info~|card|statement|login)|account number|sort code|"
    "iban|routing number|(?:credit|debit) card|card (?:number|details)|cvv|passport|id card|identity card|"
    "photo id|driving licen[cs]e|national insurance|ni number|social security|ssn|tax (?:id|number)|"
    "maiden name|password|passcode|login details|one time (?:code|password)|verification code|"
    "date de naissance|coordonnees bancaires|piece d identite|passeport|mot de passe|numero de securite sociale|"
    "geburtsdatum|bankverbindung|bankdaten|kontonummer|kontodaten|personalausweis|ausweis~|reisepass|passwort|"
    "steuer ?id|sozialversicherungsnummer|fecha de nacimiento|datos bancarios|cuenta bancaria|dni|nie|pasaporte|"
    "contrasena|numero de cuenta|tarjeta de credito"
)
APP = alt(
    "whatsapp|whats app|watsapp|whatsap|wats app|telegram|telegramm|wechat|we chat|viber|kik|snapchat|signal app|"
    "skype|line app|discord|imo|wickr|threema|hangouts|google chat"
)
CONTACT_VERB = alt(
    "contact|message|msg|text|call|ring|reach|ping|add|write|chat|talk|dm|find|hit|join|connect with|email|e mail|"
    "contactez|contacte|ecri~|appel~|joign~|kontaktier~|schreib~|ruf~|erreich~|contacta~|escrib~|llam~|"
    "habla~|agrega~|anade~"
)
PERSONAL_MAIL = alt(
    "gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|me|proton|protonmail|pm|gmx|web|yandex|mail|"
    "orange|free|wanadoo|laposte|sfr|t online|libero|qq|163|zoho|tutanota"
)
EMPLOYER = alt(
    "(?:we|we re|we are|i m|i am|is|are|currently|now|still) hiring|hiring (?:graduates|students|interns|for)|vacanc~|"
    "internships?|placements?|graduate (?:roles|jobs|scheme|schemes|programme|programmes|program)|"
    "job openings|apprentice~|recruiting|(?:graduate|campus|early careers) recruitment|recruitment (?:drive|"
    "campaign|programme|process|fair|event|day|season)|careers fair|job fair|work experience|job shadowing|"
    "stage|stages|praktik~|pasantia~|practicas|alternance~|apprentissage|ausbildung~|werkstudent~|trainee~|"
    "becas?|open for applications|applications (?:are )?(?:now )?open|charity|non profit|not for profit|"
    "poster for your|widening participation|bursar~|scholarship~|my cv|my application|my degree|my dissertation|"
    "my course|my study|my research|my thesis|my phd|"
    "for my (?:study|project|research|thesis|dissertation)"
)
CRYPTO = alt(
    "bitcoin|btc|crypto~|ethereum|eth|usdt|tether|forex|fx|binary options|nft|nfts|blockchain|altcoin~|defi|"
    "token presale|ico|mining pool|trading signals|trading bot|kryptow~|cripto~|cryptomonnaie~"
)
EARNINGS = alt(
    "profit~|returns?|roi|earn~|income|payouts?|gains?|double|triple|invest now|guaranteed|opportunity|"
    "rendite|gewinn~|rendement~|benefices?|ganancias?|rentabilidad"
)


def phrase_signals() -> tuple[Signal, ...]:
    s = Signal
    return (
        # selling: buying or selling followers, endorsements, recommendations
        s(RedFlag.SELLING, "buying or selling what should be earned", 1, f"{COMMERCE} {W(4)}{THINGS_FOR_SALE}", True),
        s(
            RedFlag.SELLING,
            "cheap or instant followers",
            1,
            f"(?:cheap|cheapest|affordable|guaranteed|instant|paid|premium quality|high quality|real and active|"
            f"real active|organic|targeted|non drop|active) (?:linkedin )?{THINGS_FOR_SALE}",
        ),
        s(RedFlag.SELLING, "a number of followers", 0.5, rf"\d+ ?k? {W(2)}{THINGS_FOR_SALE}"),
        s(RedFlag.SELLING, "a price", 0.5, PRICE),
        s(
            RedFlag.SELLING,
            "more followers, fast",
            0.5,
            f"(?:boost|increase|grow|double|triple|skyrocket|multiply) (?:your|ur) {W(2)}{THINGS_FOR_SALE}",
        ),
        s(RedFlag.SELLING, "followers for a price", 1, f"{THINGS_FOR_SALE} {W(4)}{PRICE}"),
        s(
            RedFlag.SELLING,
            "a package of followers",
            1,
            f"{THINGS_FOR_SALE} (?:package|packages|service|services|bundle|plan|plans)",
        ),
        # endorsement trading: "endorse me and I'll endorse you" in many words and languages
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "endorse, and I'll endorse",
            1,
            f"(?:endors~|recommend~|valid~|bestatig~|empfehl~|recomiend~|recomend~) {W(4)}"
            f"(?:and|if|then|et|si|und|wenn|y|&|in exchange|in return|i ll|ill) {W(5)}"
            f"(?:endors~|return the favou?r|do the same|same for you|same to you|reciprocate|return it|"
            f"returning the favou?r|pareil|de meme|ferai de meme|la meme chose|dasselbe|das gleiche|gleiche|"
            f"lo mismo|recomendare|valid~|bestatig~|recommand~|empfehl~)",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "endorsed you, now endorse me",
            1,
            f"(?:endorsed|recommended|validated) you {W(10)}(?:endorse|return the favou?r|do the same|reciprocate|"
            f"back)",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "an endorsement, and the favour returned",
            1,
            f"(?:endors~|recommend~|empfehl~|recommand~|recomend~|recomiend~) {W(8)}"
            f"(?:return the favou?r|returning the favou?r|reciprocate|reciprocating|repay the favou?r|"
            f"rendre la pareille|revanchier~|devolver el favor)",
        ),
        s(RedFlag.ENDORSEMENT_TRADING, "endorse me back", 1, "(?:endorse|recommend|validate) (?:me )?back"),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "endorse each other",
            1,
            "(?:endorse|endorsing|recommend|recommending|validate) (?:each other|one another)|"
            "(?:endorsements|recommendations) for each other|mutual (?:endorsements|recommendations)|"
            "(?:gegenseitig~) (?:empfehl~|bestatig~|endors~)|(?:nous )?recommander mutuellement|"
            "recommandations croisees|recomendarnos|recomendaciones mutuas",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "one for one",
            1,
            "(?:endorsement|recommendation|review|like|follow|skill|recommandation|empfehlung|recomendacion)s? "
            "(?:for|4|contre|gegen|por) (?:an? |une |eine |una )?"
            "(?:endorsement|recommendation|review|like|follow|skill|recommandation|empfehlung|recomendacion)s?",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "e4e",
            1,
            "e4e|f4f|l4l|r4r|follow4follow|like4like|endorse4endorse|follow for follow|like for like",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "swapping endorsements",
            1,
            f"(?:swap|swapping|exchange|exchanging|trade|trading|echang~|intercambi~|tausch~) {W(2)}"
            f"(?:endorsements|recommendations|reviews|endorsing|skill endorsements|recommandations|empfehlungen|"
            f"recomendaciones)",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "an endorsement swap",
            1,
            "(?:endorsement|recommendation|review|skill)s? (?:swap|exchange|trade)",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "write mine and I'll write yours",
            1,
            f"(?:write|give|leave) (?:me )?(?:a |one )?(?:recommendation|reference|review|testimonial) {W(4)}"
            f"(?:i ll|i will|and i|i can|i d|in return|in exchange) {W(3)}(?:write|return|do the same|give|leave)|"
            f"(?:i ll|i will|i can) (?:write|give|leave) you (?:a |one )?{W(1)}"
            f"(?:recommendation|reference|review|testimonial|endorsement)s? "
            f"(?:if|in return|in exchange|as long as|provided)",
        ),
        s(
            RedFlag.ENDORSEMENT_TRADING,
            "endorse you in return",
            1,
            f"(?:i ll|i will|i can|i d|happy to|glad to) (?:endorse|recommend) (?:you|your) {W(4)}"
            f"(?:if you|in return|in exchange|as well if|back if|as soon as you)",
        ),
        # harvesting: all of the adviser's contacts, lists of clients, mass introductions
        s(
            RedFlag.HARVESTING,
            "all your contacts",
            1,
            f"(?:send|share|give|forward|pass|export|provide|e ?mail|hand over|download|get|scrape) (?:me )?{W(2)}"
            f"(?:all|every one of|each of|the whole of|your whole|your entire|your full|your complete|the full|"
            f"the complete) (?:of )?(?:your )?{W(2)}"
            f"(?:contacts|connections|network|clients|students|graduates|alumni|customers|members|"
            f"contact list|contacts list|mailing list|address book|e ?mail addresses|email list|database)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "your contact list",
            1,
            f"(?:send|share|give|export|forward|provide|pass|e ?mail) (?:me )?(?:with )?{W(1)}(?:your|the) {W(1)}"
            f"(?:contact list|contacts list|list of (?:your )?{W(1)}(?:contacts|students|clients|graduates|alumni|"
            f"connections|members|customers)|address book|mailing list|e ?mail list|connections list|database|"
            f"contact database|student database|client database|spreadsheet of)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "the e-mails of your clients",
            1,
            f"(?:access to|a copy of|a list of|list of|the e ?mails? of|e ?mails? of|e ?mail addresses of|"
            f"contact details of|contact info~ of|phone numbers of|numbers of|names of|details of|profiles of) "
            f"{W(1)}(?:all )?(?:of )?(?:your|the) {W(1)}"
            f"(?:contacts|connections|network|clients|students|graduates|alumni|customers|members|candidates|"
            f"database|contact list|mailing list|address book)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "your clients' e-mails",
            1,
            f"your {W(2)}(?:contacts|connections|clients|students|graduates|alumni|customers|members|"
            "candidates) (?:s )?"
            "(?:e ?mails?|e ?mail addresses|phone numbers|contact details|database|data|cvs)|(?:just|only) their "
            "(?:e ?mails?|numbers?|contact details|details|addresses|phone numbers)|(?:compil~|building|build|creating|"
            f"putting together) (?:a|an) {W(1)}(?:database|list|directory|"
            f"spreadsheet) of {W(2)}(?:contacts|"
            "graduates|students|advisers|alumni|clients|candidates)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "introduce me to everyone",
            1,
            "introduce me to (?:all|every|each|everyone|everybody|as many|your whole|your entire)|"
            "(?:connect|put) me (?:in touch )?with (?:all|everyone|everybody) (?:in|of|you)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "mass messages",
            1,
            "(?:mass|bulk|blast) (?:introductions?|intros?|messages|messaging|mailing|outreach|e ?mails?|emailing)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "forward this to all your contacts",
            1,
            f"(?:forward|send|share|post) (?:this|my [^ ]+|it|our [^ ]+) {W(3)}to (?:all|every|each of|everyone in|"
            f"everybody in|everyone on|everybody on) (?:of )?your "
            f"(?:contacts|connections|network|clients|students|graduates|alumni|customers|members|mailing list)",
            True,
        ),
        s(
            RedFlag.HARVESTING,
            "your contacts, in other languages",
            1,
            "(?:liste|fichier|base) (?:de |des )?(?:vos |tes )?(?:contacts|clients|etudiants|diplomes)|"
            "(?:ihre|deine) (?:kontaktliste|kontakte|kundenliste|kundendaten|studentenliste)|"
            "(?:lista|base de datos) de (?:tus |sus )?(?:contactos|clientes|estudiantes|alumnos)|"
            "(?:todos|todas) (?:tus|sus) (?:contactos|clientes)|(?:tous|toutes) (?:vos|tes) (?:contacts|clients)|"
            "(?:alle) (?:ihre|deine) (?:kontakte|kunden)",
            True,
        ),
        # pressure: demands, guilt, threats
        s(
            RedFlag.PRESSURE,
            "you are not humanitarian",
            1,
            "(?:you are|you re|youre|u r|ur) not (?:a |an |very |really )?(?:real |true |good )?"
            "(?:humanitarian|professional|helpful|caring|ethical|decent|human|a real adviser)",
        ),
        s(
            RedFlag.PRESSURE,
            "if you cared",
            1,
            "if you (?:really |truly |actually )?cared|if you had any (?:decency|heart|empathy|compassion|respect)",
        ),
        s(
            RedFlag.PRESSURE,
            "a real adviser would",
            1,
            f"an? (?:real|true|good|decent|proper) (?:humanitarian|professional|adviser|advisor|person|human|"
            f"careers adviser|careers advisor|counsellor|counselor) would {W(2)}(?:accept|help|answer|reply|connect)",
        ),
        s(
            RedFlag.PRESSURE,
            "answer right now",
            1,
            "(?:accept|answer|reply|respond|connect|add|call|help)(?: to| with)? (?:me |my (?:request|invitation|"
            "invite|"
            "message) |this |it |back )?(?:immediately|right now|right away|asap|urgently|now or|today or|"
            r"without delay|within \d+ (?:hours?|minutes?|days?)|immediatement|sofort|unverzuglich|inmediatamente)",
            True,
        ),
        s(
            RedFlag.PRESSURE,
            "accept now, I can't wait",
            1,
            "(?:accept|answer|reply to|respond to) (?:my|this|the) (?:request|invitation|invite|message) now|"
            "(?:don t|do not|dont) have (?:all day|time to wait|time for this)|(?:running|run) out of patience|"
            "losing (?:my )?patience|(?:i m|i am|im) (?:still )?waiting (?:for|on) (?:your|an|a) "
            "(?:answer|reply|response)|(?:i ve|i have) been waiting (?:for )?(?:days|weeks|too long)",
            True,
        ),
        s(RedFlag.PRESSURE, "I demand", 1, "i (?:demand|insist)(?: that)? (?:you|an answer|a reply|a response)"),
        s(
            RedFlag.PRESSURE,
            "you must accept",
            1,
            f"you (?:must|have to|need to|are obliged to|better|had better) {W(1)}(?:accept|connect|help me|answer|"
            f"reply|respond|find me|get me)",
            True,
        ),
        s(
            RedFlag.PRESSURE,
            "guilt",
            1,
            "you owe me|shame on you|how dare you|you have no (?:choice|excuse)|vous me devez|du schuldest mir|"
            "me debes|me lo debes|honte a vous",
        ),
        s(
            RedFlag.PRESSURE,
            "answer right now, in other languages",
            1,
            f"(?:repondez|repondre|reponds|acceptez|accepte|antworten sie|antworte|akzeptieren sie|responde|responda|"
            f"contesta|conteste|acepta|acepte) {W(1)}(?:immediatement|sofort|inmediatamente|tout de suite|"
            f"ahora mismo|jetzt|de inmediato|sans attendre|umgehend)",
        ),
        s(
            RedFlag.PRESSURE,
            "don't ignore me",
            1,
            "don t ignore (?:me|this|my)|stop ignoring|ignoring me|ignore me again",
        ),
        s(
            RedFlag.PRESSURE,
            "why haven't you answered",
            1,
            f"why (?:have|haven t|havent|did|didn t|didnt|do|don t|dont|are|aren t|won t|will) you (?:not )?{W(1)}"
            f"(?:accepted|accept|answered|answer|replied|reply|respond|responded|ignoring|ignore|ignored)",
        ),
        s(
            RedFlag.PRESSURE,
            "the third time I ask",
            1,
            r"(?:second|third|fourth|fifth|final|last|\d+(?:st|nd|rd|th)) (?:time i am asking|time i m asking|"
            r"time asking|time i ask|reminder|attempt|request|warning|chance)",
        ),
        s(
            RedFlag.PRESSURE,
            "a threat",
            1,
            "i (?:will|ll|shall) (?:report|expose|complain about|name) (?:you|your (?:profile|account))|"
            "(?:contact|call|write to|inform|tell) your (?:employer|boss|manager|university|college|school|director)|"
            "or (?:else )?i (?:will|ll) (?:report|complain|post|tell|expose|escalate)",
        ),
        # sales pitch: business-to-business offers (kept apart from selling followers)
        s(
            RedFlag.SALES_PITCH,
            "we offer",
            0.5,
            f"(?:we|i) (?:offer|provide|deliver|specialise~|specialize~|build|develop|sell|supply|design|create) "
            f"{W(3)}(?:agency|company|firm|platform|solution|solutions|software|tools?|product|services|service|"
            f"consultancy|studio|app|apps|startup|packages?|programs?|programmes?|training|workshops?|courses?|"
            f"marketing|seo|design|development|automation|ai|leads|content|videos?|campaigns?|outsourcing|"
            f"integration|analytics|coaching|licen[cs]es?)|"
            f"(?:we|i) (?:partner|partnered|collaborate) with {W(2)}{ORGS}|"
            f"(?:our|my) {W(2)}(?:agency|company|firm|consultancy|startup|studio) (?:helps|builds|offers|provides|"
            f"delivers|creates|supports)|"
            f"(?:we|i) (?:build|create|develop|design) (?:custom|bespoke|tailored|white label) |"
            f"i represent (?:an? |the )?{W(3)}(?:provider|company|agency|firm|vendor|supplier|platform|brand)|"
            f"(?:we are|we re|i run|we run|i own|i lead|i manage|i work for|i m with|i am with) (?:an? |the )?{W(3)}"
            f"(?:agency|company|firm|platform|consultancy|studio|startup|provider|vendor|supplier|solution|partner)|"
            f"(?:our|my) (?:agency|company s|firm s|platform|solution|solutions|software|tool|product|services|"
            f"consultancy|studio|app|startup|offer|offering|clients|customers|pricing|packages|team of experts|"
            f"experts)|"
            f"one of the (?:leading|top|best|largest|fastest)|(?:leading|trusted|award winning|top rated) "
            f"(?:provider|agency|company|firm|platform|partner|supplier)|trusted by|"
            f"nous (?:proposons|offrons|aidons|accompagnons)|notre (?:agence|societe|entreprise|solution|plateforme|"
            f"offre|cabinet)|wir (?:bieten|helfen|unterstutzen|entwickeln)|unsere? (?:agentur|unternehmen|losung|"
            f"plattform|software|firma|angebot)|(?:ofrecemos|ayudamos|brindamos)|nuestra? (?:agencia|empresa|"
            f"solucion|plataforma|oferta|software)",
        ),
        s(
            RedFlag.SALES_PITCH,
            "we help organisations",
            1,
            f"(?:we|i)(?: ve| have)? (?:help|helped|enable|enabled|support|supported|assist|"
            f"assisted) (?:over )?{W(2)}{ORGS} {W(3)}"
            f"(?:to )?(?:grow|increase|boost|double|scale|generate|save|cut|reduce|improve|integrate|automate|"
            f"streamline|reach|get|attract|hire|recruit|digitali[sz]e|transform|modernise|modernize|engage|"
            f"convert|win|optimi[sz]e|launch|build|achieve|sell)",
        ),
        s(
            RedFlag.SALES_PITCH,
            "organisations like yours",
            0.5,
            f"{ORGS} (?:like|such as) yours|your (?:business|company|brand|revenue|sales|pipeline|"
            f"conversion|conversions|marketing|growth|website|online presence|enrol~|enroll~|bottom line)|"
            f"entreprises comme la votre|"
            f"unternehmen wie (?:ihres|ihrem)|empresas como la suya",
        ),
        s(
            RedFlag.SALES_PITCH,
            "more reach, more leads",
            0.5,
            f"(?:double|triple|boost|increase|grow|scale|maximi[sz]e|skyrocket|10x|improve|multiply|supercharge|"
            f"accelerate|drive) (?:your|their) {W(2)}(?:reach|revenue|sales|leads|roi|growth|engagement|"
            f"conversions?|visibility|traffic|bookings|pipeline|profit~|business|brand|enrol~|enroll~|"
            f"placement rates?|outcomes|results|efficiency|productivity|audience)|"
            f"(?:more|qualified|new|warm|b2b) (?:leads|clients|customers|sales|appointments|meetings)|"
            f"(?:cut|reduce|lower|slash|save) (?:your )?{W(2)}(?:costs?|time|spend|budget|overheads)|"
            f"a fraction of the (?:usual )?(?:cost|price)|"
            f"lead generation|lead gen|seo|web design|website design|app development|digital marketing|"
            f"marketing services|growth hacking|outsourc~|offshore|white label|saas|crm|erp|ai powered|ai driven|"
            f"chatbots?|software development|it services|staff augmentation|cost effective|affordable (?:rates|prices|"
            f"pricing|packages)|competitive (?:rates|prices|pricing)|free (?:trial|audit|consultation|demo|quote|"
            f"proposal|strategy|assessment|pilot)|case stud~|pricing|roi|kpis?|conversion rate|"
            f"(?:your|their) (?:university s|institution s|service s|team s|students|school s|college s) {W(1)}"
            f"(?:software|platform|tools?|app|dashboard|system)|(?:engagement|analytics|recruitment|crm|ai|booking|"
            f"scheduling|automation) (?:software|platform|tools?|dashboard|solution)|"
            f"cold (?:email|emailing|outreach|calling)|appointment setting|tailored solutions?|end to end",
        ),
        s(RedFlag.SALES_PITCH, "a special offer", 0.5, "special offer|limited time offer|exclusive offer|black friday"),
        s(
            RedFlag.SALES_PITCH,
            "a discount",
            0.5,
            r"promo code|discount code|coupon code|\d+ percent (?:off|discount|rabatt|remise|de descuento|"
            r"de reduction)|"
            r"percent discount|rabatt|remise|descuento",
        ),
        s(
            RedFlag.SALES_PITCH,
            "are you the right person",
            0.5,
            "(?:are|r) you the (?:right|best|correct|appropriate) (?:person|contact|people)|"
            "who (?:is|s|would be) the (?:right|best) (?:person|contact)|who (?:owns|holds|manages|controls|signs off) "
            "(?:the )?budget|(?:become|be) your (?:preferred )?(?:supplier|vendor|partner)|"
            "etes vous la (?:bonne|personne)|seriez vous la bonne|sind sie (?:der|die) richtige|"
            "(?:es|eres) (?:usted )?la persona (?:adecuada|indicada|correcta)",
        ),
        s(
            RedFlag.SALES_PITCH,
            "a quick call",
            0.5,
            f"(?:book|schedule|arrange|set up|hop on|jump on|grab|have) {W(3)}(?:call|demo|meeting|zoom|"
            f"slot|intro call|discovery call|sales call)|"
            r"(?:quick|short|brief|\d+ ?(?:min|mins|minute|minutes)) (?:call|chat|demo|meeting|zoom|intro)|"
            r"(?:find|spare|grab|have|give me|take|borrow) (?:a few|\d+|five|ten|fifteen|twenty|thirty) "
            r"(?:min|mins|minutes) |\d+ (?:min|mins|minutes) (?:to|for a|for) (?:chat|talk|call|connect|discuss|"
            r"show|explore)|"
            f"(?:would|are) you (?:be )?(?:open|interested|available) (?:to|in|for)|open to (?:a|an) {W(2)}(?:call|"
            f"chat|"
            f"demo|meeting|conversation|intro)|(?:shall|can|could|may) i (?:send|share|show) (?:you )?{W(2)}(?:over|"
            f"some|"
            f"examples|more|details|our|a proposal|a demo)|who (?:handles|is in charge of|looks after|manages) "
            f"(?:procurement|purchasing|partnerships|buying|vendors|suppliers)|"
            r"(?:auriez|avez) vous \d+ minutes|darf ich ihnen {W(3)}(?:zeigen|vorstellen|senden|schicken)|"
            f"(?:le|te|les) interesar(?:ia|a)|kurze demo|quick demo|short demo|"
            f"let me know if (?:you re|you are|you d be|this is|it s) (?:interested|of interest|relevant)|"
            f"worth a (?:chat|call|conversation|look)|when (?:is|would be) a good time|"
            r"do you have (?:a few|\d+) (?:minutes|mins)|appel rapide|prendre rendez vous|un rendez vous|"
            f"kurzes (?:gesprach|telefonat)|kurzen (?:call|termin)|termin vereinbaren|unverbindlich|"
            f"llamada rapida|agendar|sin compromiso|une demo|eine demo|una demo",
        ),
        s(
            RedFlag.SALES_PITCH,
            "can I send you a video",
            1,
            f"(?:can|may|could|shall) i (?:send|share|show|email|e mail|forward) you (?:a |an |our |some |more |"
            f"my )?{W(2)}"
            f"(?:video|loom|deck|proposal|brochure|demo|quote|pitch|one pager|case stud~|pricing|catalogue|catalog)",
        ),
        s(RedFlag.SALES_PITCH, "an employer or a student, not a vendor", -0.5, EMPLOYER),
        # off-platform: moving the talk off LinkedIn
        s(RedFlag.OFF_PLATFORM, "a messaging app", 0.5, f"{APP}|(?:on|to|via|over|use|onto) signal"),
        s(
            RedFlag.OFF_PLATFORM,
            "message me there",
            0.5,
            f"{CONTACT_VERB} (?:me|us|moi|nous|mich|mir|uns|me) {W(1)}(?:on|via|at|through|over|in|sur|par|au|via|uber|"
            f"per|"
            f"unter|auf|por|en|al)|"
            f"(?:let s|lets|can we|could we|shall we|we can|we could|better to|prefer to) {W(1)}(?:move|continue|talk|"
            f"chat|take this|switch|speak|communicate) {W(2)}(?:on|to|via|over|off|outside|elsewhere)|"
            f"(?:off|outside|outside of|away from) (?:linkedin|this platform|this app|here)|"
            f"(?:rarely|never|don t|dont|do not|hardly) (?:check|use|read) (?:linkedin|this|messages here)|"
            f"(?:barely|rarely|hardly|not often|seldom|not very) (?:online|on here|here|active|on linkedin)|"
            f"hors de linkedin|ausserhalb von linkedin|fuera de linkedin",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "my number",
            0.5,
            "(?:my|our|mon|ma|meine|mein|mi) (?:number|phone|mobile|cell|handle|id|username|user name|whatsapp|"
            "telegram|numero|nummer|telefon|handy|e ?mail|gmail|personal e ?mail)",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "on whatsapp",
            0.5,
            f"(?:on|via|over|through|onto|to|en|por|sur|auf|uber|per|in|bei|par) {APP}",
            True,
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "add me on whatsapp",
            1,
            f"(?:anademe|agregame|escribeme|contactame|llamame|hablame|escribenos|contactanos|ecris moi|ecrivez moi|"
            f"contactez moi|contactez nous|ajoute moi|ajoutez moi|schreib mir|schreiben sie mir|schreiben sie uns|"
            f"kontaktieren sie (?:mich|uns)) {W(2)}{APP}|"
            f"{CONTACT_VERB} (?:to )?(?:me|us|our [^ ]+|my [^ ]+|him|her|them) {W(2)}(?:on|via|in|at|over|"
            f"through) {APP}|"
            f"(?:your|ur|tu|su|votre|ihre|deine) (?:skype|whatsapp|telegram|wechat|signal|snapchat|discord|viber|line|"
            f"kik) (?:id|handle|number|name|username|user name|contact|numero|nummer)",
            True,
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "whatsapp me",
            1,
            f"(?:whatsapp|telegram|viber|signal|wechat|skype|text|sms|dm|call|ring) (?:me|us) (?:on|at|via)|"
            f"(?:whatsapp|telegram|viber|wechat|text|sms) (?:me|us)|add me on {W(1)}{APP}|wa me|t me|"
            f"(?:on|via|through|over|sur|par|uber|per|auf|por|en) {APP} (?:at|on|au|unter|al)? ?\\d+",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "send me a text",
            0.5,
            "(?:send|drop|give|shoot|leave) (?:me|us) (?:a |an )?(?:quick |short )?(?:text|txt|sms|message|msg|call|"
            "ring|line|dm|mail|email|e mail|whatsapp|voice note)",
            True,
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "let's talk there instead",
            1,
            f"(?:discuss|talk|chat|continue|speak|communicate|move|switch|take this|take it|reach (?:me|us)|"
            f"carry on|follow up|keep (?:writing|chatting|talking|in touch)|write|conducted|held|done) {W(3)}(?:on|via|"
            f"over|to|onto|"
            f"through|en|por|sur|auf|uber) (?:{APP}|signal)",
            True,
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "download the app, send it there",
            0.5,
            "download (?:the|this|our|that) (?:app|application)|install (?:the|this|our) app|(?:i ll|i will|we ll|"
            "we will) "
            "send (?:you )?(?:the )?(?:details|it|everything|more|info~) there|(?:i ll|i will|i can|we ll|"
            "we can) explain "
            "(?:it |everything |more |all )?(?:there|better there)|is more easy for me|(?:not comfortable|"
            "uncomfortable) "
            "(?:on|with|using|here)|(?:personal|private) (?:gmail|e ?mail|email address|number)",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "a phone number",
            0.5,
            r"\d{9,15}|\d{3,5} \d{6,8}|\d{2,5} \d{2,5} \d{2,6}(?: \d{2,6})*",
        ),
        s(
            RedFlag.OFF_PLATFORM,
            "a personal e-mail address",
            0.5,
            f"[^ ]+ {PERSONAL_MAIL} (?:com|de|fr|es|net|co uk|ch|it|me|ru|cn)",
        ),
        # personal data: asks for phone, personal e-mail, date of birth, address, bank details
        s(
            RedFlag.PERSONAL_DATA,
            "send me your personal details",
            1,
            f"{ASK} (?:me |us |moi |mir |me )?{W(3)}{YOUR} {W(3)}{PERSONAL_ITEM}",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "your personal details, the verb after them",
            1,
            f"{YOUR} {W(3)}{PERSONAL_ITEM} {W(4)}{ASK_AFTER}",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "your bank details or identity documents",
            1,
            f"{YOUR} {W(2)}{SENSITIVE_ITEM}",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "the code you just got",
            1,
            r"(?:\d+ digit|verification|security|otp|one time|login|whatsapp|sms|text) code|"
            r"(?:the|a) code (?:you|that|which) (?:just )?(?:got|received|get)|code (?:i|we) (?:just )?sent|"
            r"sent (?:it|a code|the code) to your (?:number|phone|mobile) by mistake|codigo de verificacion|"
            r"code de verification|bestatigungscode|verifizierungscode",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "the best address to reach you",
            1,
            "(?:the )?best (?:personal |private |home )?(?:e ?mail|email address|number|phone number|phone|mobile|"
            "address) "
            "(?:to reach you|for you|to contact you|to get you|to text you)",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "what is your date of birth",
            1,
            f"(?:what is|what s|whats|quel est|quelle est|wie lautet|was ist|cual es|cuales son) {YOUR} {W(1)}"
            f"{PERSONAL_ITEM}|(?:can|could|may) (?:i|we) (?:have|get|ask for|ask|take|know|see) {YOUR} {W(1)}"
            f"{PERSONAL_ITEM}|{YOUR} {PERSONAL_ITEM} (?:please|pls|plz|asap|so that|so i can|so we can|to|for|"
            f"s il|bitte|por favor)",
            True,
        ),
        s(
            RedFlag.PERSONAL_DATA,
            "details of other people (harvesting, not the adviser's own)",
            -0.5,
            f"{YOUR} (?:students|clients|graduates|contacts|alumni|customers|members|candidates|connections|"
            f"employers|colleagues|etudiants|clients|kunden|studenten|estudiantes|clientes)",
        ),
        # scam: job fees, easy money, phishing, investment and crypto, inheritance, romance openers
        s(
            RedFlag.SCAM,
            "a fee",
            0.5,
            "(?:registration|processing|application|training|onboarding|placement|interview|visa|admin|"
            "administration|administrative|security|starter kit|certification|equipment|refundable|enrolment|"
            "enrollment|activation|joining|membership|booking|clearance|release|transfer) (?:fee|fees|deposit|charge|"
            "payment|cost)|frais (?:d inscription|de dossier|de formation|de traitement)|"
            "(?:bearbeitungs|anmelde|vermittlungs|bewerbungs|aufnahme)gebu(?:e)?hr~|"
            "(?:cuota|tarifa|pago|cargo) (?:de )?(?:inscripcion|registro|tramite|formacion|solicitud)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "you must pay",
            0.5,
            f"(?:you (?:need|have|will need|must|are required|ll need|will have|only need|just need) to|kindly|please|"
            f"just|simply) (?:pay|send|transfer|deposit|wire|buy)|"
            f"(?:payable|paid|pay) (?:by|via|in|with) (?:bitcoin|btc|crypto|gift cards?|western union|moneygram|"
            f"usdt|paypal friends)|(?:vous devez|il faut) payer|(?:sie mussen|du musst) {W(2)}(?:zahlen|bezahlen|"
            f"uberweisen)|(?:debe|debes|tiene que|tienes que) pagar",
            True,
        ),
        s(
            RedFlag.SCAM,
            "to secure your place",
            0.5,
            f"(?:to|and|then|before we) (?:secure|confirm|book|reserve|process|activate|unlock|guarantee|release|start|"
            f"finali[sz]e) (?:your|the) {W(1)}(?:interview|position|job|role|place|slot|offer|contract|account|payment|"
            f"earnings|withdrawal|visa|funds|training|onboarding|employment|package|profits)|refundable|"
            r"fully refunded|pour (?:confirmer|reserver|garantir) votre|"
            f"um (?:ihre|deine) (?:stelle|platz|bewerbung) zu|para (?:asegurar|confirmar|reservar) (?:su|tu)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "easy money",
            1,
            f"(?:earn|make|making|earning|gagner|gagnez|verdienen|verdiene|verdienst|ganar|gana|ganes) {W(6)}"
            f"(?:from home|a day|per day|daily|a week|per week|weekly|online|from your phone|in your spare time|"
            f"a la semana|por semana|a la semaine|par semaine|pro woche|in der woche|al mes|par mois|pro monat|"
            f"desde casa|a domicile|depuis chez vous|de chez vous|von zu hause|pro tag|par jour|al dia|por dia|"
            f"without (?:leaving|experience)|with no experience|sin experiencia|sans experience)|"
            f"paid surveys?|get paid to|easy money|quick money|fast cash|extra income|side income|passive income|"
            f"financial freedom|be your own boss|unlimited (?:income|earnings?)|argent facile|schnelles geld|"
            f"dinero facil|revenu passif|passives einkommen|ingresos pasivos|work from home {W(4)}(?:earn|usd|gbp|eur|"
            r"\d+)|(?:usd|gbp|eur) ?\d[\d ]* (?:a|per|every) (?:day|week)|\d+ (?:usd|gbp|eur) (?:a|per|every) "
            f"(?:day|week)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "crypto or guaranteed returns",
            1,
            f"{CRYPTO} {W(8)}{EARNINGS}|(?:invest|investing|trade|trading|earn|profit) {W(3)}{CRYPTO}|"
            f"guaranteed (?:returns?|profit~|income|roi|payouts?|gains?|\\d+)|"
            f"(?:daily|weekly|monthly) (?:returns?|profit~|payouts?|roi|gains?)|"
            f"double (?:your|ur) (?:money|investment|capital|savings|bitcoin|crypto|income)|"
            f"investment (?:opportunity|plan|platform|scheme|package)|trading (?:opportunity|account manager|mentor)|"
            f"rendement garanti|garantierte rendite|rentabilidad garantizada|ganancias garantizadas|"
            r"\d+ percent (?:returns?|profit~|roi|interest|gains?) (?:per|a|every|in|each|weekly|daily|monthly)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "an inheritance or a prize",
            1,
            r"next of kin|unclaimed (?:funds|inheritance|estate|fortune)|(?:\d+(?: \d+)* )?(?:million|millions|m) "
            r"(?:usd|dollars|pounds|gbp|euros|eur)|(?:usd|gbp|eur) \d+ (?:million|m)|transfer (?:of )?(?:the )?funds|"
            f"consignment box|compensation fund|you (?:have )?won|claim your (?:prize|reward|funds|winnings)|"
            f"lottery|beneficiary of|inheritance (?:fund|funds|claim|of)|late (?:client|husband|father|uncle) "
            f"{W(6)}(?:fund|funds|deposit|estate|million)|herencia|heritage de|erbschaft",
        ),
        s(
            RedFlag.SCAM,
            "verify your account",
            1,
            f"verify (?:your )?(?:account|identity|profile|details|login|email|linkedin)|"
            f"(?:account|profile|page|access) (?:will be|has been|is being|may be|is|will get) {W(1)}"
            f"(?:suspended|locked|disabled|restricted|terminated|deleted|closed|deactivated|blocked)|"
            f"confirm (?:your )?(?:login|password|credentials|account|payment details|identity|linkedin)|"
            f"(?:unusual|suspicious) (?:activity|login|sign in|sign ins)|(?:reset|update|re enter|"
            f"verify) your password|"
            f"security (?:alert|notice|check|verification)|"
            f"(?:log|sign) ?in (?:here|below|at|to|now) {W(3)}(?:avoid|keep|restore|unlock|verify|confirm|prevent)|"
            f"click (?:here|the link|below|this link|on the link) {W(4)}(?:verify|confirm|avoid|restore|claim|unlock|"
            f"reactivate|prevent)|verifiez votre compte|votre compte (?:sera|a ete|va etre) (?:suspendu|bloque|"
            f"desactive|supprime)|bestatigen sie ihr konto|(?:ihr|dein) konto (?:wird|wurde) (?:gesperrt|deaktiviert|"
            f"geloscht)|verifique su cuenta|verifica tu cuenta|(?:su|tu) cuenta (?:sera|ha sido|fue) (?:suspendida|"
            f"bloqueada|desactivada|eliminada)",
            True,
        ),
        s(
            RedFlag.SCAM,
            "a romance opener",
            1,
            "(?:you are|you re|youre|you look) (?:so |very |really |truly )?(?:beautiful|gorgeous|pretty|handsome|"
            "cute|sexy|stunning|attractive|charming)|(?:beautiful|lovely|gorgeous|amazing|charming|pretty|sweet) "
            "(?:smile|eyes|face|lady|woman)|"
            "(?:looking for|seeking|find|found) (?:a |my |the )?(?:serious relationship|soulmate|soul mate|"
            "life partner|"
            "true love|wife|husband|girlfriend|boyfriend|lady to|woman to|partner for life)|"
            "are you (?:single|married)|fell in love|fallen for you|in love with (?:you|your)|"
            "(?:tu es|vous etes) (?:tres |si )?(?:belle|magnifique|charmante)|(?:du bist|sie sind) (?:so |sehr )?"
            "(?:schon|hubsch|wunderschon)|(?:eres|es usted) (?:muy |tan )?(?:hermosa|guapa|bella|preciosa)",
        ),
        s(
            RedFlag.SCAM,
            "a widower far away",
            0.5,
            "widow~|divorced|single (?:father|dad|mother|mom|mum)|oil rig|offshore engineer|deployed|peacekeeping|"
            "military doctor|un doctor|army (?:doctor|general|officer)|my dear|hello dear|hi dear|dear friend|"
            "get to know (?:you|each other) (?:better|more)|know each other (?:better|more)|(?:be|become) friends|"
            "lonely|god fearing|honest man|caring man|kind hearted",
        ),
        s(
            RedFlag.SCAM,
            "hired without an interview",
            0.5,
            "(?:you (?:have|ve) been|you re|you are) (?:selected|shortlisted|chosen|pre selected|approved|hired)|"
            "no interview|without (?:an )?interview|immediate start|start (?:immediately|today|tomorrow)|"
            "no experience (?:needed|required|necessary)|(?:not|no) (?:a )?scam|(?:100 percent|totally|completely|"
            "fully|it s|"
            "its|it is) legit",
        ),
        s(
            RedFlag.SCAM,
            "a task job",
            0.5,
            "(?:data entry|reshipping|package forwarding|parcel forwarding|mystery shopp~|product reviewer|"
            "rate products|like and subscribe|task based|app tester|order booster|online tasks|simple tasks)|"
            "remote (?:job|position|role|work) (?:available|opportunity|offer)|send you a (?:check|cheque)|"
            "buy (?:the )?(?:equipment|gift cards?) from|gift cards?",
        ),
        s(
            RedFlag.SCAM,
            "big pay for little work",
            0.5,
            r"(?:salary|pay|paid|earn~|income) (?:of |is )?(?:usd|gbp|eur)? ?\d+ (?:usd|gbp|eur)? ?(?:per|a|an) "
            r"(?:day|hour|week)|only \d+ hours?|(?:usd|gbp|eur) ?\d+ (?:per|a|an) (?:day|hour|week)",
        ),
        s(
            RedFlag.SCAM,
            "a warning about scams, not a scam",
            -0.5,
            "spot~|fake|beware|warn~|fraud~|phishing|red flags?|eye opening|eye opener|suspicious of|scams",
        ),
    )
