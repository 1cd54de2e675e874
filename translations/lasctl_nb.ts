<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AssetCommands</name>
    <message>
        <source>upload a file as an asset (e.g. a field configuration)</source>
        <translation>last opp en fil som en ressurs (f.eks. en feltkonfigurasjon)</translation>
    </message>
    <message>
        <source>name of the asset</source>
        <translation>navnet på ressursen</translation>
    </message>
    <message>
        <source>description of the asset</source>
        <translation>beskrivelse av ressursen</translation>
    </message>
    <message>
        <source>list assets (without their content)</source>
        <translation>list ressurser (uten innholdet)</translation>
    </message>
    <message>
        <source>get an asset with its content (base64)</source>
        <translation>hent en ressurs med innholdet (base64)</translation>
    </message>
    <message>
        <source>replace an asset&apos;s content, name or description</source>
        <translation>erstatt innholdet, navnet eller beskrivelsen til en ressurs</translation>
    </message>
    <message>
        <source>the new content, read from FILE</source>
        <translation>det nye innholdet, lest fra FILE</translation>
    </message>
    <message>
        <source>nothing to update: give --content, --name or --description</source>
        <translation>ingenting å oppdatere: oppgi --content, --name eller --description</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>create a batch to group documents</source>
        <translation>opprett en bunt for å gruppere dokumenter</translation>
    </message>
    <message>
        <source>name of the batch</source>
        <translation>navnet på bunten</translation>
    </message>
    <message>
        <source>description of the batch</source>
        <translation>beskrivelse av bunten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option --%1 for &quot;%2 %3&quot; (see lasctl %2 %3 --help)</source>
        <translation>ukjent valg --%1 for «%2 %3» (se lasctl %2 %3 --help)</translation>
    </message>
    <message>
        <source>unknown option --%1 (command options go after the command; see lasctl --help)</source>
        <translation>ukjent valg --%1 (valg for en kommando står etter kommandoen; se lasctl --help)</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>valget --%1 tar ingen verdi</translation>
    </message>
    <message>
        <source>option --%1 needs a value (%2)</source>
        <translation>valget --%1 trenger en verdi (%2)</translation>
    </message>
    <message>
        <source>option --%1 is given more than once</source>
        <translation>valget --%1 er oppgitt mer enn én gang</translation>
    </message>
    <message>
        <source>unknown option %1 (options start with two dashes)</source>
        <translation>ukjent valg %1 (valg begynner med to bindestreker)</translation>
    </message>
    <message>
        <source>unknown resource &quot;%1&quot;; one of: %2</source>
        <translation>ukjent ressurstype «%1»; gyldige er: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; %1 has: %3</source>
        <translation>ukjent kommando «%1 %2»; %1 har: %3</translation>
    </message>
    <message>
        <source>no command given (see lasctl --help)</source>
        <translation>ingen kommando oppgitt (se lasctl --help)</translation>
    </message>
    <message>
        <source>missing the verb for &quot;%1&quot;; one of: %2</source>
        <translation>mangler verbet for «%1»; gyldige er: %2</translation>
    </message>
    <message>
        <source>missing %1 (usage: lasctl %2)</source>
        <translation>mangler %1 (bruk: lasctl %2)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: lasctl %2)</source>
        <translation>uventet argument «%1» (bruk: lasctl %2)</translation>
    </message>
    <message>
        <source>missing the option --%1 %2 (usage: lasctl %3)</source>
        <translation>mangler valget --%1 %2 (bruk: lasctl %3)</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>new name</source>
        <translation>nytt navn</translation>
    </message>
    <message>
        <source>new description</source>
        <translation>ny beskrivelse</translation>
    </message>
    <message>
        <source>startTime or endTime</source>
        <translation>startTime eller endTime</translation>
    </message>
    <message>
        <source>ascending or descending</source>
        <translation>ascending (stigende) eller descending (synkende)</translation>
    </message>
    <message>
        <source>write the decoded content to FILE and leave it out of the output</source>
        <translation>skriv det dekodede innholdet til FILE og utelat det fra utdataene</translation>
    </message>
    <message>
        <source>--ground-truth: item %1: %2</source>
        <translation>--ground-truth: element %1: %2</translation>
    </message>
    <message>
        <source>--field: expected LABEL=VALUE, got &quot;%1&quot;</source>
        <translation>--field: forventet LABEL=VALUE, fikk «%1»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan ikke leses (%2)</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the %3 bytes the API accepts</source>
        <translation>%1: %2 byte er mer enn de %3 bytene API-et godtar</translation>
    </message>
    <message>
        <source>the answer has no valid base64 &quot;%1&quot; to write to %2</source>
        <translation>svaret har ingen gyldig base64-verdi «%1» å skrive til %2</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>kan ikke skrive %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>read credentials from this section of the credentials file (without it: the LAS_* variables when all five are set, else [default])</source>
        <translation>les påloggingsinformasjon fra denne delen av påloggingsfilen (uten dette valget: LAS_*-variablene når alle fem er satt, ellers [default])</translation>
    </message>
    <message>
        <source>credentials file to read instead of ~/.lucidtech/credentials.cfg</source>
        <translation>påloggingsfil som skal leses i stedet for ~/.lucidtech/credentials.cfg</translation>
    </message>
    <message>
        <source>API base URL, overriding the credentials (e.g. https://api.lucidtech.ai/v1)</source>
        <translation>grunn-URL for API-et, overstyrer påloggingsinformasjonen (f.eks. https://api.lucidtech.ai/v1)</translation>
    </message>
    <message>
        <source>auth host or URL, overriding the credentials (e.g. auth.lucidtech.ai)</source>
        <translation>vert eller URL for autentisering, overstyrer påloggingsinformasjonen (f.eks. auth.lucidtech.ai)</translation>
    </message>
    <message>
        <source>path of the token endpoint on the auth host (default /oauth2/token)</source>
        <translation>stien til tokenendepunktet på autentiseringsverten (standard /oauth2/token)</translation>
    </message>
    <message>
        <source>transfer timeout of each request (default 30; uploads scale with size)</source>
        <translation>tidsavbrudd for overføringen av hver forespørsel (standard 30; opplastinger skaleres etter størrelse)</translation>
    </message>
    <message>
        <source>print JSON on one line instead of indented</source>
        <translation>skriv JSON på én linje i stedet for med innrykk</translation>
    </message>
    <message>
        <source>log requests and retries to stderr (credentials and tokens are never shown)</source>
        <translation>logg forespørsler og nye forsøk til stderr (påloggingsinformasjon og tokener vises aldri)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>skriv ut versjonen og avslutt</translation>
    </message>
    <message>
        <source>at most N items per page</source>
        <translation>høyst N elementer per side</translation>
    </message>
    <message>
        <source>start from this page (the nextToken of a previous answer)</source>
        <translation>begynn fra denne siden (nextToken fra et tidligere svar)</translation>
    </message>
    <message>
        <source>follow nextToken and print every page&apos;s items as one list</source>
        <translation>følg nextToken og skriv ut elementene fra alle sidene som én liste</translation>
    </message>
    <message>
        <source>(repeatable)</source>
        <translation>(kan gjentas)</translation>
    </message>
    <message>
        <source>Usage: lasctl [global options] &lt;resource&gt; &lt;verb&gt; [arguments] [options]

Command-line client of the Lucidtech AI Services (LAS) API. Results are printed as JSON on standard output; errors go to standard error with a non-zero exit code.
</source>
        <translation>Bruk: lasctl [globale valg] &lt;ressurs&gt; &lt;verb&gt; [argumenter] [valg]

Kommandolinjeklient for API-et til Lucidtech AI Services (LAS). Resultatene skrives ut som JSON på standard utdata; feil går til standard feilutdata med en avslutningskode som ikke er null.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale valg:</translation>
    </message>
    <message>
        <source>show help (also after a resource or a command)</source>
        <translation>vis hjelp (også etter en ressurs eller en kommando)</translation>
    </message>
    <message>
        <source>Arguments that take JSON accept inline JSON, @FILE (read from a file) or @- (standard input). Keep secrets in files: command lines are visible to other users.
</source>
        <translation>Argumenter som tar JSON, godtar JSON direkte, @FILE (lest fra en fil) eller @- (standard inndata). Oppbevar hemmeligheter i filer: kommandolinjer er synlige for andre brukere.
</translation>
    </message>
    <message>
        <source>Credentials are read like the official Lucidtech SDKs do: the variables LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT and LAS_API_ENDPOINT when all five are set, else the [default] section of ~/.lucidtech/credentials.cfg; --profile reads a named section of the file.
</source>
        <translation>Påloggingsinformasjonen leses slik de offisielle Lucidtech-SDK-ene gjør det: variablene LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT og LAS_API_ENDPOINT når alle fem er satt, ellers delen [default] i ~/.lucidtech/credentials.cfg; --profile leser en navngitt del av filen.
</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <source>Usage: lasctl %1 &lt;verb&gt; [arguments] [options]</source>
        <translation>Bruk: lasctl %1 &lt;verb&gt; [argumenter] [valg]</translation>
    </message>
    <message>
        <source>Run lasctl %1 &lt;verb&gt; --help for the options of a command.</source>
        <translation>Kjør lasctl %1 &lt;verb&gt; --help for å se valgene til en kommando.</translation>
    </message>
    <message>
        <source>Usage: lasctl %1</source>
        <translation>Bruk: lasctl %1</translation>
    </message>
    <message>
        <source>Calls las::Client::%1.</source>
        <translation>Kaller las::Client::%1.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>it looks like a PNG image</source>
        <translation>den ser ut som et PNG-bilde</translation>
    </message>
    <message>
        <source>it looks like a TIFF image</source>
        <translation>den ser ut som et TIFF-bilde</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>den ser ut som et GIF-bilde</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an Office document</source>
        <translation>den ser ut som et ZIP-arkiv eller et Office-dokument</translation>
    </message>
    <message>
        <source>it starts with the bytes %1</source>
        <translation>den begynner med bytene %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>not a PDF or JPEG file (%1); only application/pdf and image/jpeg can be uploaded</source>
        <translation>ikke en PDF- eller JPEG-fil (%1); bare application/pdf og image/jpeg kan lastes opp</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>the credentials file %1 does not exist</source>
        <translation>påloggingsfilen %1 finnes ikke</translation>
    </message>
    <message>
        <source>no credentials for profile &quot;%1&quot;: %2</source>
        <translation>ingen påloggingsinformasjon for profilen «%1»: %2</translation>
    </message>
    <message>
        <source>profile [%1] of %2</source>
        <translation>profilen [%1] i %2</translation>
    </message>
    <message>
        <source>the LAS_* environment variables</source>
        <translation>miljøvariablene LAS_*</translation>
    </message>
    <message>
        <source>no credentials: %1. Set LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT and LAS_API_ENDPOINT, or write %2 (see lasctl --help)</source>
        <translation>ingen påloggingsinformasjon: %1. Sett LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_API_KEY, LAS_AUTH_ENDPOINT og LAS_API_ENDPOINT, eller skriv %2 (se lasctl --help)</translation>
    </message>
    <message>
        <source>profile [default] of %1</source>
        <translation>profilen [default] i %1</translation>
    </message>
    <message>
        <source>the credentials from %1 are incomplete (client_id, client_secret, auth_endpoint and api_endpoint are needed)</source>
        <translation>påloggingsinformasjonen fra %1 er ufullstendig (client_id, client_secret, auth_endpoint og api_endpoint trengs)</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>ground truth: a JSON array of {&quot;label&quot;: …, &quot;value&quot;: …}</source>
        <translation>fasit: en JSON-tabell med {&quot;label&quot;: …, &quot;value&quot;: …}</translation>
    </message>
    <message>
        <source>one ground-truth item with a text value</source>
        <translation>ett fasitelement med en tekstverdi</translation>
    </message>
    <message>
        <source>upload PDF or JPEG files as documents, one JSON line per file</source>
        <translation>last opp PDF- eller JPEG-filer som dokumenter, én JSON-linje per fil</translation>
    </message>
    <message>
        <source>upload at most N files at a time (1 to 64, default 4)</source>
        <translation>last opp høyst N filer om gangen (1 til 64, standard 4)</translation>
    </message>
    <message>
        <source>add the documents to this batch (las:batch:…)</source>
        <translation>legg dokumentene i denne bunten (las:batch:…)</translation>
    </message>
    <message>
        <source>consent the documents belong to (las:consent:…)</source>
        <translation>samtykket dokumentene hører til (las:consent:…)</translation>
    </message>
    <message>
        <source>application/pdf or image/jpeg for every file (default: detected from each file&apos;s first bytes)</source>
        <translation>application/pdf eller image/jpeg for alle filene (standard: gjenkjent fra de første bytene i hver fil)</translation>
    </message>
    <message>
        <source>--content-type: expected application/pdf or image/jpeg, got &quot;%1&quot;</source>
        <translation>--content-type: forventet application/pdf eller image/jpeg, fikk «%1»</translation>
    </message>
    <message>
        <source>list documents</source>
        <translation>list dokumenter</translation>
    </message>
    <message>
        <source>only documents of this batch</source>
        <translation>bare dokumenter i denne bunten</translation>
    </message>
    <message>
        <source>only documents of this consent</source>
        <translation>bare dokumenter med dette samtykket</translation>
    </message>
    <message>
        <source>get a document, its content (base64), ground truth and predictions</source>
        <translation>hent et dokument med innhold (base64), fasit og prediksjoner</translation>
    </message>
    <message>
        <source>replace a document&apos;s ground truth</source>
        <translation>erstatt fasiten til et dokument</translation>
    </message>
    <message>
        <source>give the new ground truth with --ground-truth JSON or --field LABEL=VALUE (--ground-truth &apos;[]&apos; clears it)</source>
        <translation>oppgi den nye fasiten med --ground-truth JSON eller --field LABEL=VALUE (--ground-truth &apos;[]&apos; tømmer den)</translation>
    </message>
    <message>
        <source>delete the documents of one or more consents (or, with --all-documents, every document)</source>
        <translation>slett dokumentene til ett eller flere samtykker (eller, med --all-documents, alle dokumentene)</translation>
    </message>
    <message>
        <source>delete the documents of this consent</source>
        <translation>slett dokumentene med dette samtykket</translation>
    </message>
    <message>
        <source>delete every document of the account (what the API does without a consent)</source>
        <translation>slett alle dokumentene på kontoen (det API-et gjør uten et samtykke)</translation>
    </message>
    <message>
        <source>give either --consent-id ID (repeatable) or --all-documents</source>
        <translation>oppgi enten --consent-id ID (kan gjentas) eller --all-documents</translation>
    </message>
    <message>
        <source>run this model on each document as soon as it is uploaded</source>
        <translation>kjør denne modellen på hvert dokument så snart det er lastet opp</translation>
    </message>
    <message>
        <source>upload files whose content was already uploaded with these credentials</source>
        <translation>last opp filer med innhold som allerede er lastet opp med denne påloggingen</translation>
    </message>
    <message>
        <source>the upload journal that makes interrupted uploads resumable (default: %1)</source>
        <translation>opplastingsjournalen som lar avbrutte opplastinger fortsette (standard: %1)</translation>
    </message>
</context>
<context>
    <name>ErrorFormatter</name>
    <message>
        <source>no message</source>
        <translation>ingen melding</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>ugyldig %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2, HTTP %3)</source>
        <translation>%1 (%2, HTTP %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>[retry after %n second(s)]</source>
        <translation>
            <numerusform>[prøv igjen om %n sekund]</numerusform>
            <numerusform>[prøv igjen om %n sekunder]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutionCommands</name>
    <message>
        <source>list the executions of a transition</source>
        <translation>list kjøringene av en overgang</translation>
    </message>
    <message>
        <source>only executions in this status: running, succeeded, failed, rejected, retry</source>
        <translation>bare kjøringer med denne statusen: running, succeeded, failed, rejected, retry</translation>
    </message>
    <message>
        <source>only this execution</source>
        <translation>bare denne kjøringen</translation>
    </message>
    <message>
        <source>get one execution of a transition</source>
        <translation>hent én kjøring av en overgang</translation>
    </message>
    <message>
        <source>finish a claimed execution (succeeded with --output, or failed/rejected/retry)</source>
        <translation>fullfør en påtatt kjøring (succeeded med --output, eller failed/rejected/retry)</translation>
    </message>
    <message>
        <source>succeeded, failed, rejected or retry</source>
        <translation>succeeded, failed, rejected eller retry</translation>
    </message>
    <message>
        <source>the output object (with succeeded)</source>
        <translation>utdataobjektet (med succeeded)</translation>
    </message>
    <message>
        <source>why it failed or was rejected</source>
        <translation>hvorfor den feilet eller ble avvist</translation>
    </message>
    <message>
        <source>start time to record (&quot;2021-02-16 15:30:45.123456&quot;)</source>
        <translation>starttidspunkt som skal registreres («2021-02-16 15:30:45.123456»)</translation>
    </message>
    <message>
        <source>keep a claimed execution alive (prints null)</source>
        <translation>hold en påtatt kjøring i live (skriver ut null)</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>success</source>
        <translation>vellykket</translation>
    </message>
    <message>
        <source>failure (several files failed for different reasons)</source>
        <translation>feil (flere filer feilet av ulike grunner)</translation>
    </message>
    <message>
        <source>usage error (unknown command or option, missing or malformed argument)</source>
        <translation>bruksfeil (ukjent kommando eller valg, manglende eller feilformet argument)</translation>
    </message>
    <message>
        <source>no usable credentials (profile, credentials file or LAS_* variables)</source>
        <translation>ingen brukbar påloggingsinformasjon (profil, påloggingsfil eller LAS_*-variabler)</translation>
    </message>
    <message>
        <source>invalid input, rejected before sending (ID, label, file type, size)</source>
        <translation>ugyldige inndata, avvist før sending (ID, etikett, filtype, størrelse)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>nettverksfeil</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tidsavbrudd</translation>
    </message>
    <message>
        <source>authentication failed (HTTP 401 or the token endpoint refused the credentials)</source>
        <translation>autentiseringen mislyktes (HTTP 401, eller tokenendepunktet avviste påloggingsinformasjonen)</translation>
    </message>
    <message>
        <source>forbidden (HTTP 403)</source>
        <translation>forbudt (HTTP 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>ikke funnet (HTTP 404)</translation>
    </message>
    <message>
        <source>bad request (HTTP 400/415)</source>
        <translation>ugyldig forespørsel (HTTP 400/415)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429 &quot;Too Many Requests&quot;)</source>
        <translation>for mange forespørsler (HTTP 429 «Too Many Requests»)</translation>
    </message>
    <message>
        <source>quota exceeded (HTTP 429 &quot;Limit Exceeded&quot;)</source>
        <translation>kvoten er overskredet (HTTP 429 «Limit Exceeded»)</translation>
    </message>
    <message>
        <source>server error (HTTP 5xx)</source>
        <translation>serverfeil (HTTP 5xx)</translation>
    </message>
    <message>
        <source>invalid response from the server</source>
        <translation>ugyldig svar fra serveren</translation>
    </message>
    <message>
        <source>refused as insecure (plain http to a non-loopback host, cross-origin redirect)</source>
        <translation>avvist som usikker (ukryptert http til en vert som ikke er lokal, omdirigering til en annen opprinnelse)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>nøkkelringen er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>unknown exit code</source>
        <translation>ukjent avslutningskode</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: forventet et heltall fra %2 til %3, fikk «%4»</translation>
    </message>
    <message>
        <source>--%1: expected true or false, got &quot;%2&quot;</source>
        <translation>--%1: forventet true eller false, fikk «%2»</translation>
    </message>
    <message>
        <source>--%1: expected one of %2, got &quot;%3&quot;</source>
        <translation>--%1: forventet én av %2, fikk «%3»</translation>
    </message>
</context>
<context>
    <name>JsonArgument</name>
    <message>
        <source>%1: cannot read standard input</source>
        <translation>%1: kan ikke lese standard inndata</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1: kan ikke lese %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB</source>
        <translation>%1: %2 er større enn %3 MB</translation>
    </message>
    <message>
        <source>expected exactly one JSON value</source>
        <translation>forventet nøyaktig én JSON-verdi</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: ikke gyldig JSON (%2)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>%1: expected a JSON array</source>
        <translation>%1: forventet en JSON-tabell</translation>
    </message>
</context>
<context>
    <name>LogCommands</name>
    <message>
        <source>get the log of a docker transition execution</source>
        <translation>hent loggen fra en kjøring av en docker-overgang</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>list the models available</source>
        <translation>list de tilgjengelige modellene</translation>
    </message>
</context>
<context>
    <name>PredictionCommands</name>
    <message>
        <source>run a model on a document</source>
        <translation>kjør en modell på et dokument</translation>
    </message>
    <message>
        <source>read at most N pages (1 to 3)</source>
        <translation>les høyst N sider (1 til 3)</translation>
    </message>
    <message>
        <source>let the model rotate the pages</source>
        <translation>la modellen rotere sidene</translation>
    </message>
    <message>
        <source>quality of the page images the model reads</source>
        <translation>kvaliteten på sidebildene modellen leser</translation>
    </message>
    <message>
        <source>list predictions</source>
        <translation>list prediksjoner</translation>
    </message>
</context>
<context>
    <name>RawCommands</name>
    <message>
        <source>--query: expected KEY=VALUE, got &quot;%1&quot;</source>
        <translation>--query: forventet KEY=VALUE, fikk «%1»</translation>
    </message>
    <message>
        <source>a query parameter</source>
        <translation>en spørreparameter</translation>
    </message>
    <message>
        <source>GET a path of the API (e.g. /documents) and print the answer</source>
        <translation>send GET til en sti i API-et (f.eks. /documents) og skriv ut svaret</translation>
    </message>
    <message>
        <source>POST a JSON BODY (inline, @FILE or @-) to a path of the API</source>
        <translation>send en JSON-BODY med POST (direkte, @FILE eller @-) til en sti i API-et</translation>
    </message>
    <message>
        <source>PATCH a path of the API with a JSON BODY (inline, @FILE or @-)</source>
        <translation>send PATCH til en sti i API-et med en JSON-BODY (direkte, @FILE eller @-)</translation>
    </message>
    <message>
        <source>DELETE a path of the API</source>
        <translation>send DELETE til en sti i API-et</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>store a secret (DATA: a JSON object; use @FILE or @- to keep it off the command line)</source>
        <translation>lagre en hemmelighet (DATA: et JSON-objekt; bruk @FILE eller @- for å holde den utenfor kommandolinjen)</translation>
    </message>
    <message>
        <source>name of the secret</source>
        <translation>navnet på hemmeligheten</translation>
    </message>
    <message>
        <source>description of the secret</source>
        <translation>beskrivelse av hemmeligheten</translation>
    </message>
    <message>
        <source>list secrets (never their data)</source>
        <translation>list hemmeligheter (aldri dataene deres)</translation>
    </message>
    <message>
        <source>replace a secret&apos;s data, name or description</source>
        <translation>erstatt dataene, navnet eller beskrivelsen til en hemmelighet</translation>
    </message>
    <message>
        <source>the new data (a JSON object; prefer @FILE or @-)</source>
        <translation>de nye dataene (et JSON-objekt; bruk helst @FILE eller @-)</translation>
    </message>
    <message>
        <source>nothing to update: give --data, --name or --description</source>
        <translation>ingenting å oppdatere: oppgi --data, --name eller --description</translation>
    </message>
</context>
<context>
    <name>TransitionCommands</name>
    <message>
        <source>--parameters: unknown key &quot;%1&quot; for a %2 transition (known: %3)</source>
        <translation>--parameters: ukjent nøkkel «%1» for en %2-overgang (kjente: %3)</translation>
    </message>
    <message>
        <source>--parameters: &quot;assets&quot; must be an object</source>
        <translation>--parameters: &quot;assets&quot; må være et objekt</translation>
    </message>
    <message>
        <source>--parameters: a docker transition needs &quot;imageUrl&quot; (a string)</source>
        <translation>--parameters: en docker-overgang trenger &quot;imageUrl&quot; (en streng)</translation>
    </message>
    <message>
        <source>--parameters: &quot;%1&quot; must be a whole number</source>
        <translation>--parameters: &quot;%1&quot; må være et heltall</translation>
    </message>
    <message>
        <source>--parameters: &quot;environment&quot; must be an object</source>
        <translation>--parameters: &quot;environment&quot; må være et objekt</translation>
    </message>
    <message>
        <source>--parameters: &quot;environmentSecrets&quot; must be an array of IDs</source>
        <translation>--parameters: &quot;environmentSecrets&quot; må være en tabell med ID-er</translation>
    </message>
    <message>
        <source>--parameters: &quot;secretId&quot; must be a string</source>
        <translation>--parameters: &quot;secretId&quot; må være en streng</translation>
    </message>
    <message>
        <source>name of the transition</source>
        <translation>navnet på overgangen</translation>
    </message>
    <message>
        <source>description of the transition</source>
        <translation>beskrivelse av overgangen</translation>
    </message>
    <message>
        <source>JSON schema the input must match</source>
        <translation>JSON-skjema som inndataene må følge</translation>
    </message>
    <message>
        <source>JSON schema the output must match</source>
        <translation>JSON-skjema som utdataene må følge</translation>
    </message>
    <message>
        <source>create a transition (TYPE docker or manual)</source>
        <translation>opprett en overgang (TYPE docker eller manual)</translation>
    </message>
    <message>
        <source>docker: {&quot;imageUrl&quot;, &quot;memory&quot;, &quot;cpu&quot;, &quot;environment&quot;, &quot;environmentSecrets&quot;, &quot;secretId&quot;}; manual: {&quot;assets&quot;: {…}}</source>
        <translation>docker: {&quot;imageUrl&quot;, &quot;memory&quot;, &quot;cpu&quot;, &quot;environment&quot;, &quot;environmentSecrets&quot;, &quot;secretId&quot;}; manual: {&quot;assets&quot;: {…}}</translation>
    </message>
    <message>
        <source>TYPE must be docker or manual, got &quot;%1&quot;</source>
        <translation>TYPE må være docker eller manual, fikk «%1»</translation>
    </message>
    <message>
        <source>list transitions</source>
        <translation>list overganger</translation>
    </message>
    <message>
        <source>only transitions of this type</source>
        <translation>bare overganger av denne typen</translation>
    </message>
    <message>
        <source>get a transition</source>
        <translation>hent en overgang</translation>
    </message>
    <message>
        <source>change a transition&apos;s name, description or schemas</source>
        <translation>endre navnet, beskrivelsen eller skjemaene til en overgang</translation>
    </message>
    <message>
        <source>nothing to update: give at least one of --name, --description, --input-json-schema, --output-json-schema</source>
        <translation>ingenting å oppdatere: oppgi minst ett av --name, --description, --input-json-schema, --output-json-schema</translation>
    </message>
    <message>
        <source>delete a transition (fails while a workflow uses it)</source>
        <translation>slett en overgang (mislykkes så lenge en arbeidsflyt bruker den)</translation>
    </message>
    <message>
        <source>claim the next task of a manual transition (starts an execution)</source>
        <translation>ta den neste oppgaven i en manuell overgang (starter en kjøring)</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>the user&apos;s name</source>
        <translation>brukerens navn</translation>
    </message>
    <message>
        <source>the user&apos;s avatar (an image as a data URL or base64)</source>
        <translation>brukerens avatar (et bilde som data-URL eller base64)</translation>
    </message>
    <message>
        <source>invite a user by email</source>
        <translation>inviter en bruker via e-post</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>list brukere</translation>
    </message>
    <message>
        <source>get a user</source>
        <translation>hent en bruker</translation>
    </message>
    <message>
        <source>change a user&apos;s name or avatar</source>
        <translation>endre navnet eller avataren til en bruker</translation>
    </message>
    <message>
        <source>nothing to update: give --name or --avatar</source>
        <translation>ingenting å oppdatere: oppgi --name eller --avatar</translation>
    </message>
    <message>
        <source>delete a user</source>
        <translation>slett en bruker</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>SPECIFICATION: unknown key &quot;%1&quot; (known: definition, language, version)</source>
        <translation>SPECIFICATION: ukjent nøkkel «%1» (kjente: definition, language, version)</translation>
    </message>
    <message>
        <source>SPECIFICATION: &quot;definition&quot; must be an object (the ASL state machine)</source>
        <translation>SPECIFICATION: &quot;definition&quot; må være et objekt (ASL-tilstandsmaskinen)</translation>
    </message>
    <message>
        <source>SPECIFICATION: &quot;language&quot; and &quot;version&quot; must be strings</source>
        <translation>SPECIFICATION: &quot;language&quot; og &quot;version&quot; må være strenger</translation>
    </message>
    <message>
        <source>create a workflow from a specification (JSON, @FILE or @-)</source>
        <translation>opprett en arbeidsflyt fra en spesifikasjon (JSON, @FILE eller @-)</translation>
    </message>
    <message>
        <source>description of the workflow</source>
        <translation>beskrivelse av arbeidsflyten</translation>
    </message>
    <message>
        <source>address told about failed executions</source>
        <translation>adresse som varsles om mislykkede kjøringer</translation>
    </message>
    <message>
        <source>list workflows</source>
        <translation>list arbeidsflyter</translation>
    </message>
    <message>
        <source>get a workflow</source>
        <translation>hent en arbeidsflyt</translation>
    </message>
    <message>
        <source>change a workflow&apos;s name or description</source>
        <translation>endre navnet eller beskrivelsen til en arbeidsflyt</translation>
    </message>
    <message>
        <source>nothing to update: give --name or --description</source>
        <translation>ingenting å oppdatere: oppgi --name eller --description</translation>
    </message>
    <message>
        <source>delete a workflow</source>
        <translation>slett en arbeidsflyt</translation>
    </message>
    <message>
        <source>start a workflow execution with INPUT (a JSON object, @FILE or @-)</source>
        <translation>start en kjøring av en arbeidsflyt med INPUT (et JSON-objekt, @FILE eller @-)</translation>
    </message>
</context>
<context>
    <name>WorkflowExecutionCommands</name>
    <message>
        <source>list the executions of a workflow</source>
        <translation>list kjøringene av en arbeidsflyt</translation>
    </message>
    <message>
        <source>only executions in this status: running, succeeded, failed, rejected</source>
        <translation>bare kjøringer med denne statusen: running, succeeded, failed, rejected</translation>
    </message>
    <message>
        <source>delete (stop) a workflow execution</source>
        <translation>slett (stopp) en kjøring av en arbeidsflyt</translation>
    </message>
</context>
<context>
    <name>lasctl::DocumentUploadQueue</name>
    <message>
        <source>not uploaded: cancelled</source>
        <translation>ikke lastet opp: avbrutt</translation>
    </message>
    <message numerus="yes">
        <source>not uploaded: the server failed %n time(s) in a row, so the remaining files were not sent</source>
        <translation>
            <numerusform>ikke lastet opp: serveren feilet %n gang på rad, så de gjenværende filene ble ikke sendt</numerusform>
            <numerusform>ikke lastet opp: serveren feilet %n ganger på rad, så de gjenværende filene ble ikke sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
</context>
<context>
    <name>lasctl::LasCtl</name>
    <message>
        <source>credentials from %1; API %2; auth %3</source>
        <translation>påloggingsinformasjon fra %1; API %2; autentisering %3</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n item(s)</source>
        <translation>
            <numerusform>side %1: %n element</numerusform>
            <numerusform>side %1: %n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) failed</source>
        <translation>
            <numerusform>%1 av %n fil feilet</numerusform>
            <numerusform>%1 av %n filer feilet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n fil lastet opp</numerusform>
            <numerusform>%n filer lastet opp</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted: cancelling</source>
        <translation>avbrutt: avbryter</translation>
    </message>
</context>
</TS>
