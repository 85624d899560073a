"""Word lists for the guard's name finder besides the names themselves (build_lexicon.py writes them
into src/keel/guard/data/names_lexicon.jsonl): cue words, look-alikes, common words, place extras.

Multi-word entries use spaces; the finder compares lower case with accents stripped.
"""

# titles before a name, in many languages (with or without a trailing dot)
HONORIFICS = """
mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame mister mrs. rev reverend
father sister brother fr sr sra srta sres don doña dona dom herr frau fräulein hr fr m mme mlle mm
monsieur mademoiselle sig sig.ra signor signora signorina dott dott.ssa ing avv geom arch
sheikh shaikh sayyid hajj haji hajja ustadh ustaz shri sri shrimati smt kumari km pandit pt sardar
bapak pak ibu bu mas mbak tuan puan encik cik dato datuk datin tan sri tun haji hajah
khun nai nang ong ba anh chi em cô co thay bác
senhor senhora sr.ª dra drª eng engª pan pani panna gospodin gospodja gospođa g-n g-zha
meneer mevrouw mevr dhr heer mej fru herra rouva neiti kyrios kyria
capt captain col colonel gen general lt lieutenant sgt sergeant maj major cmdr commander adm admiral
officer agent detective inspector judge justice senator sen rep representative gov governor
president chancellor minister ambassador mayor councillor councilor commissioner chief
coach nurse
uncle aunt auntie grandma grandpa granny nana
"""

# honorific-like suffixes after a name: Tanaka-san, Kim-ssi, Priya-ji, Jones Jr.
NAME_SUFFIXES = "san sama kun chan sensei senpai ssi nim ji jr jr. sr sr. ii iii iv phd md esq"

# words that open a greeting ("Hi Amara,", "Dear Dr. Okafor")
GREETINGS = """
hi hello hey dear hiya yo greetings morning evening afternoon howdy cheers thanks thank thx ty
bonjour salut cher chère hallo liebe lieber hola querido querida ciao caro cara olá ola oi prezado
prezada hej hei moi hoi beste geachte szanowny szanowna drogi droga namaste salaam salam assalamu
merhaba sayın shalom konnichiwa ni hao annyeong
"""

# lines or phrases that stand before a signature ("Regards,\nOluwaseun Adeyemi"); comma-separated
SIGNOFFS = """
regards, best regards, kind regards, warm regards, warmest regards, best wishes, warmly, sincerely,
yours sincerely, sincerely yours, yours truly, cheers, thanks, thank you, many thanks, thanks again,
thanks so much, thx, best, all the best, cordially, respectfully, love, xoxo, take care, talk soon,
speak soon, sent by, signed, signed by, yours faithfully, with thanks, gratefully, br, kr, mfg,
viele grüße, liebe grüße, beste grüße, grüße, cordialement, bien à vous, amicalement, saludos,
un saludo, atentamente, cordiali saluti, saluti, met vriendelijke groet, groeten, mvg, pozdrawiam,
pozdrav, s pozdravem, hälsningar, med vänlig hälsning, mvh, venlig hilsen, hilsen, terveisin,
atenciosamente, abraços, abraço, best wishes from, greetings
"""

# field labels after which a person's name stands ("Name: …", "Attendees: …"); comma-separated
PERSON_LABELS = """
name, full name, first name, last name, surname, given name, family name, maiden name, nickname,
patient, patient name, client, client name, customer, customer name, contact, contact person,
contact name, from, to, cc, bcc, sender, recipient, addressee, attn, attention, author, authors,
reviewer, reviewers, reviewed by, assignee, assigned to, owner, owners, reporter, reported by,
requester, requested by, approver, approved by, manager, line manager, supervisor, employee,
applicant, candidate, tenant, landlord, guest, guests, attendee, attendees, participants, present,
absent, apologies, speaker, speakers, host, hosts, moderator, chair, organiser, organizer,
interviewer, interviewee, doctor, physician, gp, therapist, nurse, referring doctor, emergency contact,
next of kin, account holder, cardholder, card holder, beneficiary, payee, payer, passenger, passengers,
traveller, traveler, travellers, travelers, driver, student, teacher, tutor, parent, guardian, child,
spouse, partner, witness, signatory, signed by, prepared by, written by, created by, committer,
maintainer, maintainers, co-author, co-authored-by, contributors, member, members, team lead, lead,
on call, on-call, technician, engineer, agent, representative, recruiter, hiring manager, referee,
referees, policyholder, insured, claimant, consignee, shipper, buyer, seller, consultant, dentist,
surgeon, specialist, caregiver, volunteer, coordinator, principal, head teacher, lawyer, attorney,
solicitor, notary, buyer name, seller name, holder, booked by, booking name, reservation name, cc'd
"""

# field labels after which a place stands ("City: …", "Ship to: …"); comma-separated
PLACE_LABELS = """
address, home address, street address, billing address, shipping address, mailing address,
postal address, delivery address, residential address, residence, location, city, town, village,
country, state, province, region, county, district, destination, origin, venue, place of birth,
birthplace, hometown, based in, office, site, ship to, deliver to, departure, arrival, from city,
to city, current location, work location, city of residence, country of residence, location preference,
relocating to, pickup, pick-up, drop-off, dropoff, meeting point, branch
"""

# words before a place ("in Lagos", "moved to Hanoi", "flying into Lima")
PLACE_PREPOSITIONS = """
in at from to near into via around outside inside across toward towards through between visiting
visit based born raised living lives live moved moving relocating relocate flying fly flew travel
travelling traveling trip headed heading arriving arrived leaving left depart departing return
returning stationed located situated hq headquartered office offices branch branches
"""

# capitalised words that are never a person by themselves: software, products, brands, roles,
# everyday capitalised nouns (a known name next to one does not make the pair a person)
NOT_PERSON = """
python java javascript typescript rust go golang kotlin swift ruby perl php scala haskell elixir
erlang clojure julia lua dart crystal nim zig ocaml fortran cobol pascal delphi ada lisp scheme
prolog matlab octave bash zsh powershell sql nosql graphql html css sass less json yaml toml xml
markdown latex regex
kubernetes k8s docker podman helm istio envoy linkerd terraform ansible puppet chef salt vagrant
packer consul vault nomad jenkins travis circleci github gitlab bitbucket git svn mercurial jira
confluence trello asana notion slack teams zoom webex skype discord telegram whatsapp signal
outlook gmail excel word powerpoint onenote sharepoint onedrive dropbox box figma sketch canva
miro loom airtable zapier hubspot salesforce zendesk intercom freshdesk servicenow workday sap
oracle tableau looker grafana kibana prometheus datadog splunk sentry newrelic pagerduty opsgenie
elastic elasticsearch logstash kafka rabbitmq redis memcached postgres postgresql mysql mariadb
mongodb mongo cassandra couchdb dynamodb sqlite snowflake bigquery redshift databricks spark
hadoop hive flink airflow dagster prefect dbt celery sidekiq nginx apache tomcat jetty caddy
traefik haproxy gunicorn uvicorn django flask fastapi rails laravel symfony spring express nestjs
react angular vue svelte ember backbone jquery nextjs nuxt remix gatsby astro hugo jekyll webpack
vite babel rollup parcel esbuild npm yarn pnpm pip conda poetry maven gradle cargo nuget homebrew
node nodejs deno bun electron tauri flutter ionic xamarin unity unreal godot blender maya houdini
pandas numpy scipy sklearn keras pytorch tensorflow jax onnx jupyter colab streamlit gradio
pydantic sqlalchemy alembic pytest jest mocha jasmine karma cypress playwright selenium puppeteer
postman insomnia swagger openapi grpc protobuf thrift websocket oauth saml ldap kerberos okta auth0
aws azure gcp heroku vercel netlify cloudflare fastly akamai digitalocean linode hetzner
lambda fargate ecs eks ec2 s3 rds aurora athena glue kinesis sagemaker bedrock cognito cloudwatch
cloudfront route53 iam vpc
windows linux ubuntu debian fedora centos rhel redhat arch alpine kali macos ios ipados android
chrome chromium firefox safari edge opera brave vivaldi
iphone ipad macbook imac airpods pixel galaxy kindle alexa siri cortana bixby echo roku xbox
playstation nintendo switch steam
chatgpt gpt openai claude anthropic gemini bard llama mistral mixtral qwen phi falcon copilot
cursor codeium tabnine midjourney dalle stable diffusion whisper ollama langchain llamaindex
gemma grok deepseek qwen jamba olmo granite orca vicuna alpaca dolly bloom sonnet opus haiku
huggingface transformers bert roberta
keel
config configuration settings salary payroll invoice receipt budget forecast report reports
dashboard portal admin administrator root user users customer customers client clients team
teams staff support helpdesk service services sales marketing finance accounting legal hr
operations ops devops sre security compliance product engineering design research management
board committee department division unit project program programme roadmap sprint backlog
release deploy deployment build pipeline staging production prod dev development test testing
qa server servers cluster node database db api sdk cli gui ui ux app apps application website
web mobile desktop cloud platform framework library module package plugin extension feature
features bug bugs issue issues ticket tickets task tasks epic story stories milestone
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tomorrow yesterday morning evening night
christmas easter ramadan diwali hanukkah thanksgiving halloween
north south east west northern southern eastern western central
hello hi hey dear thanks thank regards best cheers yes no ok okay please sorry welcome
the a an this that these those it he she they we you i my our your their his her its
new old big small great good bad first last next previous final main general special
total subtotal amount balance price cost fee fees tax vat discount refund payment payments
order orders shipping delivery return returns account accounts password login logout signup
email phone mobile address fax web url link file files folder document documents page pages
meeting meetings call calls agenda notes minutes summary overview introduction conclusion
appendix section chapter table figure note warning error errors exception debug info
true false null none undefined nan tel fax subject re fwd fw ps dob ref eta tbd faq attn
"""

# common English words: a known name that is also one of these needs more than itself
# ("Will", "Mark", "Rose", "Hunter", "Long", "Young", "Bill", "Page") to count as a person
COMMON_WORDS = """
will may june april august mark bill pat sue rose grace hope faith joy summer autumn winter spring
amber ruby crystal dawn eve iris lily daisy holly ivy jade pearl sky rain storm art guy jack frank
don dean chase chance hunter cash sterling max ray rich rob sandy cliff glen lane wade miles royal
angel star sunny pierce page harmony melody justice trinity destiny nova luna victor lance
young long white green black brown gray grey king hill wood bell ward cook love day price hall
rice stone park fox hunt little wise gill moss bush sharp cross bass frost wolf lamb bird swan
nash case gross hart head short small strong sweet well wells west north south english french
irish welsh scott dutch german polish swiss prince knight banks fields waters rivers lake marsh
can more low fall flowers grant curry dev per son sun van ban tan pan fan man kit wing gang
bang hang long nam song moon won sung min an do go so ha la le ma na lo no he us it
said major general private mercy charity patience honor constance prudence temperance bond gold
silver diamond dell ford jobs gates musk tesla mercedes ran oh roman bishop ball kiss pop drew marine
urban powers lie pope hung loan dam cousin danish baron ye parks mills horn islam reed bridges farmer
burns ho sierra harsh stern oral porter cannon au ba thai ping bin kit tao jo sultan
"""

# organisation words: a capitalised run that holds one is an organisation, not a person or place
ORG_WORDS = """
inc inc. incorporated ltd ltd. limited llc llp plc gmbh ag kg se sa s.a. sas sarl srl spa s.p.a. bv
b.v. nv n.v. oy ab as asa aps pty co co. corp corp. corporation company companies group holdings
holding partners associates consulting consultants solutions systems technologies technology tech
software labs laboratories analytics logistics insurance bank banking capital ventures investments
foundation institute university universidad université universität college school academy
hospital clinic health healthcare pharma pharmaceuticals media studios studio networks network
telecom communications airlines airways motors industries enterprises international global
services agency bureau council ministry department authority association society federation union
club trust fund church mosque temple synagogue museum gallery library banco banca banque
"""

# words that end the name of a place that is not a town ("Heathrow Airport", "Victoria Island")
FACILITY_WORDS = """
airport station terminal harbour harbor pier bridge stadium arena mall market bazaar beach island
islands bay lake mount mountains river valley heights estate quarter state province county region
district prefecture oblast governorate municipality city borough township parish canton
"""

# street words: "12 Baker Street", "Lindenstraße 12", "rue de la Paix", "Calle Mayor 5"
STREET_WORDS = """
street st st. road rd rd. avenue ave ave. boulevard blvd blvd. lane ln drive dr. court ct place pl
square sq terrace way close crescent gardens grove mews row hill parkway pkwy highway hwy freeway
circle cir trail plaza alley walk wharf quay embankment broadway esplanade promenade parade
strasse straße str str. weg gasse allee platz ring damm ufer chaussee steig pfad
rue avenue boulevard bd allée impasse chemin quai place cours route passage voie
calle c/ avenida av. avda paseo plaza camino carrera carretera ronda travesía glorieta
via viale piazza corso largo vicolo strada piazzale lungomare
rua avenida travessa praça largo alameda estrada rodovia
straat laan gracht plein weg kade singel dijk steeg
gatan gata vägen väg gränd torget gade vej gaden vejen allé veien gate gata plass torget
katu tie kuja polku
ulica ul ul. aleja al. plac osiedle
ulitsa prospekt pereulok naberezhnaya
sokak sokağı caddesi cadde bulvarı mahallesi mah
jalan jl jl. lorong
marg nagar salai chowk gali
"""

# places the city and country tables do not hold well: regions, continents, exonyms, short forms;
# comma-separated
PLACES = """
europe, asia, africa, north america, south america, latin america, central america, oceania,
antarctica, the americas, middle east, near east, far east, southeast asia, south asia, east asia,
central asia, west africa, east africa, southern africa, north africa, sub-saharan africa,
scandinavia, the balkans, balkans, the caribbean, caribbean, the gulf, the baltics, baltics,
eastern europe, western europe, central europe, northern europe, southern europe, the mediterranean,
the alps, alps, the andes, andes, himalayas, the himalayas, sahara, the sahara, the amazon,
siberia, patagonia, lapland, bavaria, catalonia, catalunya, andalusia, andalucía, galicia,
basque country, tuscany, lombardy, sicily, sardinia, provence, brittany, normandy, alsace, burgundy,
flanders, wallonia, silicon valley, bay area, the bay area, new england, the midwest, midwest,
west coast, east coast, pacific northwest, greater london, home counties, the highlands,
scottish highlands, lake district, yorkshire, cornwall, devon, kent, surrey, essex, wales,
scotland, england, northern ireland, great britain, britain, the uk, uk, u.k., usa, u.s.a., u.s.,
us, the us, the usa, the states, america, uae, the uae, emirates, the netherlands, holland, czechia,
czech republic, the czech republic, slovakia, south korea, north korea, korea, russia, iran, syria,
laos, vietnam, viet nam, taiwan, hong kong, macau, macao, palestine, vatican, vatican city,
ivory coast, côte d'ivoire, cote d'ivoire, cape verde, bolivia, venezuela, tanzania, moldova,
micronesia, the philippines, philippines, the gambia, gambia, the bahamas, bahamas, congo, dr congo,
drc, turkey, türkiye, turkiye, burma, myanmar, eswatini, swaziland, east timor, timor-leste, brunei,
kyiv, kiev, kharkiv, lviv, odesa, odessa, dnipro, moskva, muenchen, münchen, koeln, köln, cologne,
wien, vienna, praha, prague, warszawa, warsaw, kraków, krakow, cracow, lisboa, lisbon, roma, rome,
milano, milan, napoli, naples, torino, turin, firenze, florence, venezia, venice, genova, genoa,
bruxelles, brussels, antwerpen, antwerp, den haag, the hague, gent, ghent, göteborg, gothenburg,
københavn, copenhagen, athina, athens, sevilla, seville, zaragoza, zürich, zurich, genève, geneva,
bombay, mumbai, bengaluru, bangalore, chennai, madras, kolkata, calcutta, new delhi, delhi, gurgaon,
gurugram, noida, hyderabad, pune, peking, beijing, canton, guangzhou, shenzhen, saigon,
ho chi minh city, hcmc, hanoi, yangon, rangoon, kathmandu, dhaka, dacca, colombo, karachi, lahore,
islamabad, nyc, la, sf, dc, washington dc, washington d.c., new york city, abuja, lagos, ibadan,
port harcourt, accra, kumasi, nairobi, mombasa, kisumu, kampala, kigali, addis ababa, dar es salaam,
zanzibar, lusaka, harare, johannesburg, joburg, durban, pretoria, soweto, cape town, dakar, bamako,
abidjan, casablanca, rabat, marrakech, marrakesh, fes, tunis, algiers, cairo, alexandria, khartoum,
montréal, montreal, québec, quebec, são paulo, sao paulo, rio, rio de janeiro, bogotá, bogota,
ciudad de méxico, cdmx, medellín, medellin, lima, cusco, cuzco, la paz, quito, caracas
"""

# tokens that join the parts of one name ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi")
PARTICLES = "de del della der den di da das dos du la le van von ter ten zu af bin binti bint ibn ben al el abu y e"

# companies and brands named like people or places: a run that is one of these is an organisation
# (comma-separated)
KNOWN_ORGS = """
morgan stanley, goldman sachs, merrill lynch, charles schwab, wells fargo, johnson & johnson,
ernst & young, marks & spencer, procter & gamble, dolce & gabbana, ben & jerry's, louis vuitton,
hugo boss, calvin klein, tommy hilfiger, ralph lauren, estée lauder, yves saint laurent,
christian dior, giorgio armani, mercedes-benz, rolls-royce, harley-davidson, hewlett-packard,
walt disney, warner bros, dr pepper, jack daniel's, johnnie walker, tim hortons, pizza hut,
taco bell, burger king, kentucky fried chicken, dunkin, barnes & noble, abercrombie & fitch,
arthur andersen, price waterhouse, pricewaterhousecoopers, deloitte, kpmg, mckinsey, boston consulting,
bain, lloyds, barclays, santander, hsbc, ferrari, lamborghini, porsche, disney, boeing, bosch,
siemens, philips, nestlé, nestle, heineken, toyota, honda, suzuki, yamaha, mitsubishi, kawasaki,
hyundai, samsung, tesla, wendy's, mcdonald's, kellogg's, chanel, gucci, prada, versace, armani,
cartier, hermès, dyson, ikea, lego, adidas, puma, nike, reebok, nokia, ericsson, lenovo, huawei,
xiaomi, alibaba, tencent, baidu, infosys, wipro, tata, mahindra, reliance, dangote, safaricom, jumia,
andela, flutterwave, paystack, mtn, shopify, atlassian, microsoft, google, alphabet, amazon, apple,
meta, facebook, instagram, netflix, spotify, uber, lyft, airbnb, stripe, paypal, visa, mastercard,
american express, amex, ibm, intel, amd, nvidia, cisco, oracle, sap, adobe, vodafone, unilever,
airbus, emirates, qatar airways, etihad, lufthansa, ryanair, easyjet, klm, air france, aramco,
petrobras, gazprom, rakuten, sony, panasonic, nintendo, grab, gojek, tokopedia, shopee, lazada,
zain, turkcell, mercado libre, oxfam, unicef, unesco, nato, who, the world bank, world bank,
imf, red cross, médecins sans frontières, amnesty international, greenpeace, fedex, dhl, ups, usps,
royal mail, deutsche bahn, deutsche bank, deutsche post, commerzbank, allianz, axa, generali,
accenture, capgemini, cognizant, pwc, ey, contoso, fabrikam, northwind, northwind traders, tailspin toys,
adventure works, wingtip toys, litware, woodgrove bank, acme, acme corp, globex, initech, hooli, pied piper,
umbrella corporation, wayne enterprises, stark industries, cyberdyne, wonka, soylent, dunder mifflin
"""

# towns that are also frequent English words need a cue ("in Reading", "Nice, France"); these
# frequent words are names of well-known places all the same
PROPER_PLACES = """
york california washington texas florida pennsylvania boston columbia ohio michigan illinois oxford
massachusetts ontario cambridge manchester kansas minnesota colorado indiana wisconsin missouri
tennessee queensland arizona hollywood maryland oregon kentucky detroit miami louisiana oklahoma
seattle atlanta mississippi edinburgh iowa alabama cleveland connecticut liverpool baltimore
pittsburgh orleans
"""
