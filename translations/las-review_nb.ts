<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>There is no profile called &quot;%1&quot;. Set it up in File → Manage Profiles.</source>
        <translation>Det finnes ingen profil som heter «%1». Sett den opp under Fil → Administrer profiler.</translation>
    </message>
    <message>
        <source>No profile is set up yet. Add one in File → Manage Profiles, or start with las-review --demo to try the app with sample invoices.</source>
        <translation>Ingen profil er satt opp ennå. Legg til en under Fil → Administrer profiler, eller start med las-review --demo for å prøve programmet med eksempelfakturaer.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Starter demotjeneren …</translation>
    </message>
    <message>
        <source>Starting the demo server with sample invoices…</source>
        <translation>Starter demotjeneren med eksempelfakturaer …</translation>
    </message>
    <message>
        <source>The demo could not start. %1</source>
        <translation>Demoen kunne ikke starte. %1</translation>
    </message>
    <message>
        <source>No profile is set up yet. Add one in File → Manage Profiles.</source>
        <translation>Ingen profil er satt opp ennå. Legg til en under Fil → Administrer profiler.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Nøkkelringen er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>The secrets of the profile &quot;%1&quot; cannot be saved in the system keychain: %2</source>
        <translation>Hemmelighetene til profilen «%1» kan ikke lagres i systemets nøkkelring: %2</translation>
    </message>
    <message>
        <source>You can keep them in memory until LAS Review quits. They are not written anywhere, so you will have to enter them again next time.</source>
        <translation>Du kan holde dem i minnet til LAS Review avsluttes. De skrives ikke ned noe sted, så du må skrive dem inn igjen neste gang.</translation>
    </message>
    <message>
        <source>Keep in Memory for This Session</source>
        <translation>Hold i minnet for denne økten</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the secrets of the profile &quot;%2&quot; cannot be read.</source>
        <translation>Systemets nøkkelring kan ikke brukes (%1), så hemmelighetene til profilen «%2» kan ikke leses.</translation>
    </message>
    <message>
        <source>You can enter them now and keep them in memory until LAS Review quits. They are not written anywhere.</source>
        <translation>Du kan skrive dem inn nå og holde dem i minnet til LAS Review avsluttes. De skrives ikke ned noe sted.</translation>
    </message>
    <message>
        <source>Enter Secrets…</source>
        <translation>Skriv inn hemmeligheter …</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its secrets are not, because the system keychain cannot be used. Sign in with File → Sign In Again to enter them for this session.</source>
        <translation>Profilen «%1» er lagret, men ikke hemmelighetene, fordi systemets nøkkelring ikke kan brukes. Logg på med Fil → Logg på igjen for å skrive dem inn for denne økten.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Review what the Lucidtech AI Services read from your documents, and correct it.</source>
        <translation>Gå gjennom det Lucidtech AI Services har lest i dokumentene dine, og rett det.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Vis denne hjelpen og avslutt.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Vis versjonen og avslutt.</translation>
    </message>
    <message>
        <source>Sign in with the profile called NAME.</source>
        <translation>Logg på med profilen som heter NAVN.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Start a local demo server with sample invoices and sign in to it.</source>
        <translation>Start en lokal demotjener med eksempelfakturaer og logg på den.</translation>
    </message>
    <message>
        <source>Like --demo, but with fresh demo data.</source>
        <translation>Som --demo, men med nye demodata.</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <source>Document IDs (las:document:...) or PDF/JPEG files to open.</source>
        <translation>Dokument-ID-er (las:document:...) eller PDF-/JPEG-filer som skal åpnes.</translation>
    </message>
    <message>
        <source>[document ID or file...]</source>
        <translation>[dokument-ID eller fil...]</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --demo: the demo has its own account.</source>
        <translation>--profile kan ikke kombineres med --demo: demoen har sin egen konto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a document ID (las:document:...) nor a file.</source>
        <translation>«%1» er verken en dokument-ID (las:document:...) eller en fil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document ID: they look like las:document: followed by 32 hexadecimal digits.</source>
        <translation>«%1» er ikke en dokument-ID: de ser ut som las:document: fulgt av 32 heksadesimale sifre.</translation>
    </message>
    <message>
        <source>Upload the files and folders given as arguments (folders with everything in them) instead of opening them.</source>
        <translation>Last opp filene og mappene som er gitt som argumenter (mapper med alt innhold) i stedet for å åpne dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: --upload takes files and folders.</source>
        <translation>«%1» finnes ikke: --upload tar filer og mapper.</translation>
    </message>
    <message>
        <source>--upload needs at least one file or folder.</source>
        <translation>--upload trenger minst én fil eller mappe.</translation>
    </message>
</context>
<context>
    <name>ConfidenceBand</name>
    <message>
        <source>High confidence</source>
        <translation>Høy sikkerhet</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Middels sikkerhet</translation>
    </message>
    <message>
        <source>Low confidence: check this field</source>
        <translation>Lav sikkerhet: kontroller dette feltet</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(finnes ikke)</translation>
    </message>
    <message>
        <source>The ground truth was changed meanwhile</source>
        <translation>Fasiten ble endret i mellomtiden</translation>
    </message>
    <message>
        <source>Someone else saved this document&apos;s ground truth while you were editing it. Choose for each field which value to keep; nothing is saved until you do.</source>
        <translation>Noen andre lagret fasiten for dette dokumentet mens du redigerte den. Velg for hvert felt hvilken verdi som skal beholdes; ingenting lagres før du gjør det.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På tjeneren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Fields side by side</source>
        <translation>Feltene side om side</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Tjeneren</translation>
    </message>
    <message>
        <source>Keep your value of %1</source>
        <translation>Behold din verdi for %1</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value of %1</source>
        <translation>Behold tjenerens verdi for %1</translation>
    </message>
    <message>
        <source>Save the Chosen Values</source>
        <translation>Lagre de valgte verdiene</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo server is already running.</source>
        <translation>Demotjeneren kjører allerede.</translation>
    </message>
    <message>
        <source>The demo server (las-emulator) was not found next to las-review in %1.</source>
        <translation>Demotjeneren (las-emulator) ble ikke funnet ved siden av las-review i %1.</translation>
    </message>
    <message>
        <source>The demo data folder %1 cannot be created.</source>
        <translation>Mappen for demodata, %1, kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The demo server %1 could not be started: %2</source>
        <translation>Demotjeneren %1 kunne ikke startes: %2</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>den krasjet</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>den avsluttet med kode %1</translation>
    </message>
    <message>
        <source>The demo server stopped: %1.</source>
        <translation>Demotjeneren stoppet: %1.</translation>
    </message>
    <message>
        <source>The demo server stopped: %1. It said: %2</source>
        <translation>Demotjeneren stoppet: %1. Den sa: %2</translation>
    </message>
    <message>
        <source>The demo server printed something unexpected instead of its address.</source>
        <translation>Demotjeneren skrev ut noe uventet i stedet for adressen sin.</translation>
    </message>
    <message>
        <source>The demo server&apos;s start-up line cannot be read: %1</source>
        <translation>Oppstartslinjen fra demotjeneren kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>Demotjeneren startet ikke innen %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>DocumentContentCache</name>
    <message>
        <source>This document is not available offline. Sign in to open it.</source>
        <translation>Dette dokumentet er ikke tilgjengelig frakoblet. Logg på for å åpne det.</translation>
    </message>
    <message>
        <source>The document no longer exists on the server.</source>
        <translation>Dokumentet finnes ikke lenger på tjeneren.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: the server cannot be reached. It will open offline once it has been opened online.</source>
        <translation>Dokumentet kunne ikke lastes ned: tjeneren kan ikke nås. Det kan åpnes frakoblet når det først har vært åpnet på nett.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: sign in again.</source>
        <translation>Dokumentet kunne ikke lastes ned: logg på igjen.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Dokumentet kunne ikke lastes ned: %1</translation>
    </message>
    <message>
        <source>The server sent no content for this document.</source>
        <translation>Tjeneren sendte ikke noe innhold for dette dokumentet.</translation>
    </message>
    <message>
        <source>The document could not be saved in the cache folder %1: %2.</source>
        <translation>Dokumentet kunne ikke lagres i hurtigbuffermappen %1: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The server did not say.</source>
        <translation>Tjeneren oppga ikke dette.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Fasit</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prediksjoner</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Bunt</translation>
    </message>
    <message>
        <source>Number of ground-truth fields the document has</source>
        <translation>Antall fasitfelt dokumentet har</translation>
    </message>
    <message>
        <source>Number of predicted fields stored with the document</source>
        <translation>Antall predikerte felt lagret med dokumentet</translation>
    </message>
    <message>
        <source>Ground-truth fields: %1</source>
        <translation>Fasitfelt: %1</translation>
    </message>
    <message>
        <source>Predicted fields: %1</source>
        <translation>Predikerte felt: %1</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
</context>
<context>
    <name>DocumentListPane</name>
    <message>
        <source>All batches</source>
        <translation>Alle bunter</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>Buntfilter</translation>
    </message>
    <message>
        <source>Show only the documents of this batch (las:batch:...). Empty: all batches.</source>
        <translation>Vis bare dokumentene i denne bunten (las:batch:...). Tomt: alle bunter.</translation>
    </message>
    <message>
        <source>All consents</source>
        <translation>Alle samtykker</translation>
    </message>
    <message>
        <source>Consent filter</source>
        <translation>Samtykkefilter</translation>
    </message>
    <message>
        <source>Show only the documents with this consent ID (las:consent:...). Empty: all.</source>
        <translation>Vis bare dokumentene med denne samtykke-ID-en (las:consent:...). Tomt: alle.</translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation>Oppdater listen (F5)</translation>
    </message>
    <message>
        <source>Refresh documents</source>
        <translation>Oppdater dokumenter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation>Innlastingsfeil</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Retry loading documents</source>
        <translation>Prøv å laste inn dokumentene igjen</translation>
    </message>
    <message>
        <source>Loading documents…</source>
        <translation>Laster inn dokumenter …</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Ikke pålogget.</translation>
    </message>
    <message>
        <source>There are no documents in this account yet.</source>
        <translation>Det er ingen dokumenter i denne kontoen ennå.</translation>
    </message>
    <message>
        <source>No documents match the filter. Clear the batch and consent fields to see all documents.</source>
        <translation>Ingen dokumenter passer til filteret. Tøm bunt- og samtykkefeltene for å se alle dokumentene.</translation>
    </message>
    <message>
        <source>The documents could not be loaded: %1</source>
        <translation>Dokumentene kunne ikke lastes inn: %1</translation>
    </message>
    <message>
        <source>More documents could not be loaded: %1</source>
        <translation>Flere dokumenter kunne ikke lastes inn: %1</translation>
    </message>
</context>
<context>
    <name>DocumentReview</name>
    <message>
        <source>Not connected: the fields appear once signed in.</source>
        <translation>Ikke tilkoblet: feltene vises når du har logget på.</translation>
    </message>
    <message>
        <source>The fields of this document cannot be loaded. %1</source>
        <translation>Feltene i dette dokumentet kan ikke lastes inn. %1</translation>
    </message>
    <message>
        <source>Merge with the server&apos;s ground truth</source>
        <translation>Slå sammen med fasiten på tjeneren</translation>
    </message>
    <message>
        <source>Fill from predictions</source>
        <translation>Fyll ut fra prediksjonene</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The folder for drafts (%1) cannot be created.</source>
        <translation>Mappen for utkast (%1) kan ikke opprettes.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Utkastet kan ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>FieldBoxes</name>
    <message>
        <source>%1: %2
%3 (%4 %)</source>
        <translation>%1: %2
%3 (%4 %)</translation>
    </message>
    <message>
        <source>%1? (%2)</source>
        <translation>%1? (%2)</translation>
    </message>
    <message>
        <source>Another place “%1” is written: click to take this one.</source>
        <translation>Et annet sted der «%1» står: klikk for å velge dette.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <source>true</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>false</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Leter …</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <source>Page %1, %2 places: pick one</source>
        <translation>Side %1, %2 steder: velg ett</translation>
    </message>
    <message>
        <source>Not found on the page</source>
        <translation>Ikke funnet på siden</translation>
    </message>
    <message>
        <source>No text on the page: position unknown</source>
        <translation>Ingen tekst på siden: ukjent plassering</translation>
    </message>
    <message>
        <source>No value to place</source>
        <translation>Ingen verdi å plassere</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1: %2
%3 (%4 %)
%5</source>
        <translation>%1: %2
%3 (%4 %)
%5</translation>
    </message>
    <message>
        <source>%1, %2, %3 %, %4</source>
        <translation>%1, %2, %3 %, %4</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>På siden</translation>
    </message>
</context>
<context>
    <name>FieldsPane</name>
    <message>
        <source>Predictions and ground truth appear here.</source>
        <translation>Prediksjoner og fasit vises her.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Ulagret utkast</translation>
    </message>
    <message>
        <source>&amp;Restore Draft</source>
        <translation>&amp;Gjenopprett utkast</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>Forkast &amp;utkast</translation>
    </message>
    <message>
        <source>Fields message</source>
        <translation>Melding om feltene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prediksjoner</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Pages: </source>
        <translation>Sider: </translation>
    </message>
    <message>
        <source>Pages the model reads</source>
        <translation>Sider modellen leser</translation>
    </message>
    <message>
        <source>Auto-rotate</source>
        <translation>Autoroter</translation>
    </message>
    <message>
        <source>Turn pages upright before reading</source>
        <translation>Snu sidene riktig vei før lesing</translation>
    </message>
    <message>
        <source>Run &amp;Model</source>
        <translation>Kjør &amp;modell</translation>
    </message>
    <message>
        <source>Run the model on this document</source>
        <translation>Kjør modellen på dette dokumentet</translation>
    </message>
    <message>
        <source>Model run</source>
        <translation>Modellkjøring</translation>
    </message>
    <message>
        <source>Predicted fields</source>
        <translation>Predikerte felt</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Fasit</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the ground truth (%1)</source>
        <translation>Lagre fasiten (%1)</translation>
    </message>
    <message>
        <source>Ground truth saved.</source>
        <translation>Fasiten er lagret.</translation>
    </message>
    <message>
        <source>No models in this account</source>
        <translation>Ingen modeller i denne kontoen</translation>
    </message>
    <message>
        <source>The models cannot be listed. %1</source>
        <translation>Modellene kan ikke listes opp. %1</translation>
    </message>
    <message>
        <source>The model is reading the document…</source>
        <translation>Modellen leser dokumentet …</translation>
    </message>
    <message>
        <source>The model answered %1 fields in %2 s.</source>
        <translation>Modellen svarte med %1 felt på %2 s.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Utkastet er gjenopprettet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save Ground Truth</source>
        <translation>Lagre fasit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Legg til felt</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Fjern felt</translation>
    </message>
    <message>
        <source>Move Field Up</source>
        <translation>Flytt feltet opp</translation>
    </message>
    <message>
        <source>Move Field Down</source>
        <translation>Flytt feltet ned</translation>
    </message>
    <message>
        <source>Fill from Predictions</source>
        <translation>Fyll ut fra prediksjonene</translation>
    </message>
    <message>
        <source>Keyboard Keys</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Go to the Fields</source>
        <translation>Gå til feltene</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fyll ut</translation>
    </message>
    <message>
        <source>Loading the fields…</source>
        <translation>Laster inn feltene …</translation>
    </message>
    <message>
        <source>No predictions yet: run a model below.</source>
        <translation>Ingen prediksjoner ennå: kjør en modell nedenfor.</translation>
    </message>
    <message>
        <source>%1 predicted fields</source>
        <translation>Predikerte felt: %1</translation>
    </message>
    <message>
        <source>Last run took %1 s.</source>
        <translation>Siste kjøring tok %1 s.</translation>
    </message>
    <message>
        <source>Checking for changes…</source>
        <translation>Ser etter endringer …</translation>
    </message>
    <message>
        <source>Changed by someone else: choose</source>
        <translation>Endret av noen andre: velg</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Checking the save…</source>
        <translation>Kontrollerer lagringen …</translation>
    </message>
    <message>
        <source>⚠ Not saved (draft kept)</source>
        <translation>⚠ Ikke lagret (utkast beholdt)</translation>
    </message>
    <message>
        <source>✎ Unsaved (draft kept)</source>
        <translation>✎ Ulagret (utkast beholdt)</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Lagret</translation>
    </message>
    <message>
        <source>Edits from %1 were being saved when the app stopped; it is not known whether they reached the server. Restore them to check and save again.</source>
        <translation>Endringer fra %1 holdt på å bli lagret da programmet stoppet; det er ukjent om de nådde tjeneren. Gjenopprett dem for å kontrollere og lagre på nytt.</translation>
    </message>
    <message>
        <source>There are unsaved edits of this document from %1. Restore them, or discard them and start from the server&apos;s version.</source>
        <translation>Det finnes ulagrede endringer i dette dokumentet fra %1. Gjenopprett dem, eller forkast dem og start fra versjonen på tjeneren.</translation>
    </message>
    <message>
        <source>Not saved: field %1 needs attention. %2</source>
        <translation>Ikke lagret: felt %1 må rettes. %2</translation>
    </message>
    <message>
        <source>Not saved: the document was changed by someone else. Your edits are kept as a draft.</source>
        <translation>Ikke lagret: dokumentet ble endret av noen andre. Endringene dine er beholdt som utkast.</translation>
    </message>
    <message>
        <source>Someone else changed this ground truth meanwhile: choose per field what to keep.</source>
        <translation>Noen andre endret denne fasiten i mellomtiden: velg for hvert felt hva som skal beholdes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the box now marks the place you picked.</source>
        <translation>%1: rammen markerer nå stedet du valgte.</translation>
    </message>
    <message>
        <source>Choose a ground-truth field first, then click the words for it.</source>
        <translation>Velg først et fasitfelt, og klikk deretter på ordene som hører til.</translation>
    </message>
    <message>
        <source>“%1” put into %2.</source>
        <translation>«%1» satt inn i %2.</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>feltet</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Finn:</translation>
    </message>
    <message>
        <source>Text on the pages</source>
        <translation>Tekst på sidene</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Finn tekst</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Forrige treff (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Neste treff (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Lukk søket (Escape)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Lukk søket</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>GroundTruthEditor</name>
    <message>
        <source>Ground truth</source>
        <translation>Fasit</translation>
    </message>
    <message>
        <source>No ground truth yet. Add a field, or fill it from the predictions.</source>
        <translation>Ingen fasit ennå. Legg til et felt, eller fyll den ut fra prediksjonene.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etikett</translation>
    </message>
    <message>
        <source>Label of field %1</source>
        <translation>Etikett for felt %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Ingen verdi</translation>
    </message>
    <message>
        <source>Kind of value of field %1</source>
        <translation>Verditype for felt %1</translation>
    </message>
    <message>
        <source>Text, yes (true), no (false), or no value (null)</source>
        <translation>Tekst, ja (true), nei (false) eller ingen verdi (null)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>verdi</translation>
    </message>
    <message>
        <source>Value of field %1</source>
        <translation>Verdi for felt %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Verdi for %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>GroundTruthModel</name>
    <message>
        <source>Edit label</source>
        <translation>Rediger etikett</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Rediger verdi</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Legg til felt</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Fjern felt</translation>
    </message>
    <message>
        <source>Move field</source>
        <translation>Flytt felt</translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation>Skriv inn en etikett.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>En etikett har høyst %1 tegn.</translation>
    </message>
    <message>
        <source>A label may contain only letters A–Z, digits and _.</source>
        <translation>En etikett kan bare inneholde bokstavene A–Z, sifre og _.</translation>
    </message>
    <message>
        <source>The service does not accept this label.</source>
        <translation>Tjenesten godtar ikke denne etiketten.</translation>
    </message>
    <message>
        <source>A value is text, true/false, or no value.</source>
        <translation>En verdi er tekst, true/false eller ingen verdi.</translation>
    </message>
    <message>
        <source>Enter a value, or choose “No value”.</source>
        <translation>Skriv inn en verdi, eller velg «Ingen verdi».</translation>
    </message>
    <message>
        <source>A value has at most %1 characters (this one has %2).</source>
        <translation>En verdi har høyst %1 tegn (denne har %2).</translation>
    </message>
    <message>
        <source>The service does not accept this value.</source>
        <translation>Tjenesten godtar ikke denne verdien.</translation>
    </message>
</context>
<context>
    <name>GroundTruthSaver</name>
    <message>
        <source>It is not known whether the save reached the server (%1). Your edits are kept; save again to check and finish.</source>
        <translation>Det er ukjent om lagringen nådde tjeneren (%1). Endringene dine er beholdt; lagre på nytt for å kontrollere og fullføre.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your edits are kept as a draft; save again when the connection is back.</source>
        <translation>Tjeneren kan ikke nås. Endringene dine er beholdt som utkast; lagre på nytt når tilkoblingen er tilbake.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your edits are kept as a draft; try again.</source>
        <translation>Tjeneren svarte ikke i tide. Endringene dine er beholdt som utkast; prøv igjen.</translation>
    </message>
    <message>
        <source>The service refused the ground truth: %1</source>
        <translation>Tjenesten avviste fasiten: %1</translation>
    </message>
    <message>
        <source>The document no longer exists on the server.</source>
        <translation>Dokumentet finnes ikke lenger på tjeneren.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again; your edits are kept as a draft.</source>
        <translation>Tjeneren avviste påloggingsopplysningene. Logg på igjen; endringene dine er beholdt som utkast.</translation>
    </message>
    <message>
        <source>The server is busy. Your edits are kept as a draft; try again in a moment.</source>
        <translation>Tjeneren er opptatt. Endringene dine er beholdt som utkast; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The account&apos;s quota is used up.</source>
        <translation>Kontoens kvote er brukt opp.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Your edits are kept as a draft; try again.</source>
        <translation>Tjeneren fikk et problem (%1). Endringene dine er beholdt som utkast; prøv igjen.</translation>
    </message>
    <message>
        <source>The save failed: %1</source>
        <translation>Lagringen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>Importer profiler</translation>
    </message>
    <message>
        <source>These accounts were found on this computer. Import the ones you want to use; their secrets go to the system keychain.</source>
        <translation>Disse kontoene ble funnet på denne datamaskinen. Importer dem du vil bruke; hemmelighetene deres lagres i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>Profiler funnet</translation>
    </message>
    <message>
        <source>%1 — %2 (from %3)</source>
        <translation>%1 – %2 (fra %3)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
</context>
<context>
    <name>KeyHelpOverlay</name>
    <message>
        <source>Keyboard keys</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Neste / forrige felt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Accept the field and go to the next</source>
        <translation>Godta feltet og gå til neste</translation>
    </message>
    <message>
        <source>Save the ground truth</source>
        <translation>Lagre fasiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Legg til et felt</translation>
    </message>
    <message>
        <source>Remove the field</source>
        <translation>Fjern feltet</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>Move the field up / down</source>
        <translation>Flytt feltet opp / ned</translation>
    </message>
    <message>
        <source>Go to the fields</source>
        <translation>Gå til feltene</translation>
    </message>
    <message>
        <source>Click or drag on the page</source>
        <translation>Klikk eller dra på siden</translation>
    </message>
    <message>
        <source>Put the words into the field being edited</source>
        <translation>Sett ordene inn i feltet du redigerer</translation>
    </message>
    <message>
        <source>Go to the document list</source>
        <translation>Gå til dokumentlisten</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Zoom inn / ut</translation>
    </message>
    <message>
        <source>W / F</source>
        <translation>W / F</translation>
    </message>
    <message>
        <source>Fit width / fit page</source>
        <translation>Tilpass bredden / siden</translation>
    </message>
    <message>
        <source>Rotate the pages</source>
        <translation>Roter sidene</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Gå til side</translation>
    </message>
    <message>
        <source> / F3</source>
        <translation> / F3</translation>
    </message>
    <message>
        <source>Find text on the page / next match</source>
        <translation>Finn tekst på siden / neste treff</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Vis eller skjul denne listen</translation>
    </message>
    <message>
        <source>Keys of the review screen</source>
        <translation>Hurtigtaster for gjennomgangen</translation>
    </message>
    <message>
        <source>Press any key to close.</source>
        <translation>Trykk på en tast for å lukke.</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>Dra med midtknappen</translation>
    </message>
    <message>
        <source>Move the page</source>
        <translation>Flytt siden</translation>
    </message>
</context>
<context>
    <name>LocateCommand</name>
    <message>
        <source>Usage: las-review --locate FILE LABEL=VALUE...</source>
        <translation>Bruk: las-review --locate FIL ETIKETT=VERDI...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form LABEL=VALUE.</source>
        <translation>«%1» har ikke formen ETIKETT=VERDI.</translation>
    </message>
</context>
<context>
    <name>LocatedValue</name>
    <message>
        <source>The value appears in %1 places; the one nearest to its label is shown.</source>
        <translation>Verdien står %1 steder; den som står nærmest etiketten, vises.</translation>
    </message>
    <message>
        <source>The value was not found in the document&apos;s text, so no position is known.</source>
        <translation>Verdien ble ikke funnet i teksten i dokumentet, så plasseringen er ukjent.</translation>
    </message>
    <message>
        <source>The document has no text layer (it is an image or a scan), so no position is known.</source>
        <translation>Dokumentet har ikke noe tekstlag (det er et bilde eller en skanning), så plasseringen er ukjent.</translation>
    </message>
    <message>
        <source>The value is empty, so there is nothing to show on the page.</source>
        <translation>Verdien er tom, så det er ingenting å vise på siden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LAS Review</source>
        <translation>LAS Review</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Tilkoblingsstatus</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Bakgrunnsarbeid</translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation>Bakgrunnsarbeid pågår</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Åpne fil …</translation>
    </message>
    <message>
        <source>&amp;Refresh Documents</source>
        <translation>&amp;Oppdater dokumenter</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Bytt &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Administrer profiler …</translation>
    </message>
    <message>
        <source>Sign &amp;In Again</source>
        <translation>&amp;Logg på igjen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Logg &amp;av</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Filtrer dokumenter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Documents List</source>
        <translation>&amp;Dokumentliste</translation>
    </message>
    <message>
        <source>F&amp;ields Pane</source>
        <translation>F&amp;eltpanel</translation>
    </message>
    <message>
        <source>Go to Document &amp;List</source>
        <translation>Gå til dokument&amp;listen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About LAS Review</source>
        <translation>&amp;Om LAS Review</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Ingen profiler ennå</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Ingen profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Avlogget</translation>
    </message>
    <message>
        <source>Not signed in. Choose a profile in File → Switch Profile, or set one up in File → Manage Profiles.</source>
        <translation>Ikke pålogget. Velg en profil under Fil → Bytt profil, eller sett opp en under Fil → Administrer profiler.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger på …</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Logger på %1 …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>Loading documents…</source>
        <translation>Laster inn dokumenter …</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Åpne fil</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg)</source>
        <translation>Dokumenter (*.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>About LAS Review</source>
        <translation>Om LAS Review</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LAS Review %1&lt;/h3&gt;&lt;p&gt;Review what the Lucidtech AI Services read from your documents, and correct it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LAS Review %1&lt;/h3&gt;&lt;p&gt;Gå gjennom det Lucidtech AI Services har lest i dokumentene dine, og rett det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Documents listed: %1</source>
        <translation>Dokumenter i listen: %1</translation>
    </message>
    <message>
        <source>Documents loaded: %1 (more as you scroll)</source>
        <translation>Dokumenter lastet inn: %1 (flere når du blar)</translation>
    </message>
</context>
<context>
    <name>PageTextPicker</name>
    <message>
        <source>This image has no text layer: type the value instead.</source>
        <translation>Dette bildet har ikke noe tekstlag: skriv inn verdien i stedet.</translation>
    </message>
    <message>
        <source>There is no text there.</source>
        <translation>Det er ingen tekst der.</translation>
    </message>
</context>
<context>
    <name>PageThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Dokumentsider</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Denne siden kan ikke vises.</translation>
    </message>
</context>
<context>
    <name>PredictionRun</name>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>%1 The model may still have run; reopen the document to see its answer.</source>
        <translation>%1 Modellen kan likevel ha kjørt; åpne dokumentet på nytt for å se svaret.</translation>
    </message>
    <message>
        <source>The account&apos;s prediction quota is used up. Ask the account owner for more, or wait for the next period.</source>
        <translation>Kontoens kvote for prediksjoner er brukt opp. Be kontoeieren om mer, eller vent til neste periode.</translation>
    </message>
    <message>
        <source>The model did not answer within %1 seconds. Try again, or with fewer pages.</source>
        <translation>Modellen svarte ikke innen %1 sekunder. Prøv igjen, eventuelt med færre sider.</translation>
    </message>
    <message>
        <source>The service is busy. Try again in a moment.</source>
        <translation>Tjenesten er opptatt. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The model cannot read this document: %1</source>
        <translation>Modellen kan ikke lese dette dokumentet: %1</translation>
    </message>
    <message>
        <source>The document or the model no longer exists.</source>
        <translation>Dokumentet eller modellen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Tjeneren kan ikke nås. Kontroller tilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <source>The server refused the credentials. Sign in again.</source>
        <translation>Tjeneren avviste påloggingsopplysningene. Logg på igjen.</translation>
    </message>
    <message>
        <source>The service had a problem (%1). Try again later.</source>
        <translation>Tjenesten fikk et problem (%1). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The prediction failed: %1</source>
        <translation>Prediksjonen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Document cache size</source>
        <translation>Størrelse på dokumenthurtigbufferen</translation>
    </message>
    <message>
        <source>&amp;Document cache:</source>
        <translation>&amp;Dokumenthurtigbuffer:</translation>
    </message>
    <message>
        <source>Opened documents are kept on disk up to this size, so reopening is instant and works offline. The least recently used are removed first.</source>
        <translation>Åpnede dokumenter lagres på disken opp til denne størrelsen, så de åpnes straks igjen og også frakoblet. De som er brukt minst nylig, fjernes først.</translation>
    </message>
    <message>
        <source>Documents per request</source>
        <translation>Dokumenter per forespørsel</translation>
    </message>
    <message>
        <source>Documents per &amp;request:</source>
        <translation>Dokumenter per &amp;forespørsel:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tidsavbrudd for forespørsler i sekunder</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tidsavbrudd for forespørsler:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>High confidence from</source>
        <translation>Høy sikkerhet fra</translation>
    </message>
    <message>
        <source>&amp;High confidence from:</source>
        <translation>&amp;Høy sikkerhet fra:</translation>
    </message>
    <message>
        <source>Low confidence below</source>
        <translation>Lav sikkerhet under</translation>
    </message>
    <message>
        <source>&amp;Low confidence below:</source>
        <translation>&amp;Lav sikkerhet under:</translation>
    </message>
    <message>
        <source>Predicted fields below the low mark are flagged for review; fields at or above the high mark are shown as trusted.</source>
        <translation>Predikerte felt under den lave grensen merkes for kontroll; felt på eller over den høye grensen vises som pålitelige.</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>New Profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Rediger profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>f.eks. produksjon</translation>
    </message>
    <message>
        <source>&amp;API endpoint:</source>
        <translation>&amp;API-endepunkt:</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-endepunkt</translation>
    </message>
    <message>
        <source>A&amp;uth endpoint:</source>
        <translation>Pålo&amp;ggingsendepunkt:</translation>
    </message>
    <message>
        <source>Auth endpoint</source>
        <translation>Påloggingsendepunkt</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Klient-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>uendret hvis feltet står tomt</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nøkkel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>The client secret and API key are kept in the system keychain, never in a file.</source>
        <translation>Klienthemmeligheten og API-nøkkelen lagres i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Problem med profilen</translation>
    </message>
    <message>
        <source>Secrets for This Session</source>
        <translation>Hemmeligheter for denne økten</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gi profilen et navn.</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Det finnes allerede en profil som heter «%1».</translation>
    </message>
    <message>
        <source>The API endpoint must be a full URL, like https://api.lucidtech.ai/v1.</source>
        <translation>API-endepunktet må være en fullstendig URL, som https://api.lucidtech.ai/v1.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback). Use https:// for %1.</source>
        <translation>Ukryptert http er bare tillatt til denne datamaskinen (loopback). Bruk https:// for %1.</translation>
    </message>
    <message>
        <source>Enter the auth endpoint, like auth.lucidtech.ai.</source>
        <translation>Skriv inn påloggingsendepunktet, som auth.lucidtech.ai.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Skriv inn klient-ID-en.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Skriv inn klienthemmeligheten.</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>%1, section [%2]</source>
        <translation>%1, seksjon [%2]</translation>
    </message>
    <message>
        <source>the LAS_* environment variables</source>
        <translation>miljøvariablene LAS_*</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>Make this the active profile and sign in with it</source>
        <translation>Gjør dette til den aktive profilen og logg på med den</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import profiles from ~/.lucidtech/credentials.cfg and the LAS_* variables</source>
        <translation>Importer profiler fra ~/.lucidtech/credentials.cfg og LAS_*-variablene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Fjern profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Vil du fjerne profilen «%1» og hemmelighetene dens fra nøkkelringen?</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
</context>
<context>
    <name>SignInProblem</name>
    <message>
        <source>Refused to send credentials to %1 over plain http: only this computer (loopback) may be reached without encryption. Use an https:// address.</source>
        <translation>Nektet å sende påloggingsopplysninger til %1 over ukryptert http: bare denne datamaskinen (loopback) kan nås uten kryptering. Bruk en https://-adresse.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;. Edit the profile and enter it.</source>
        <translation>Ingen klienthemmelighet er lagret for profilen «%1». Rediger profilen og skriv den inn.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the profile&apos;s secrets cannot be read.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig (%1), så hemmelighetene til profilen kan ikke leses.</translation>
    </message>
    <message>
        <source>The client ID or client secret was refused by %1. Check them in the profile.</source>
        <translation>Klient-ID-en eller klienthemmeligheten ble avvist av %1. Kontroller dem i profilen.</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Check the API key in the profile.</source>
        <translation>API-nøkkelen ble avvist av %1. Kontroller API-nøkkelen i profilen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and your network connection.</source>
        <translation>%1 kan ikke nås (%2). Kontroller adressen og nettverkstilkoblingen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection, then try again.</source>
        <translation>%1 svarte ikke i tide. Kontroller nettverkstilkoblingen, og prøv igjen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: its certificate was not accepted (%2).</source>
        <translation>Det kunne ikke opprettes en sikker tilkobling til %1: sertifikatet ble ikke godtatt (%2).</translation>
    </message>
    <message>
        <source>%1 redirected to another server; the credentials were not sent there.</source>
        <translation>%1 videresendte til en annen tjener; påloggingsopplysningene ble ikke sendt dit.</translation>
    </message>
    <message>
        <source>The account&apos;s monthly quota is used up (%1). Contact your LAS administrator.</source>
        <translation>Kontoens månedskvote er brukt opp (%1). Kontakt LAS-administratoren din.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests. Try again in a minute.</source>
        <translation>%1 mottar for mange forespørsler. Prøv igjen om et minutt.</translation>
    </message>
    <message>
        <source>%1 does not answer like the LAS API. Check the API endpoint: it ends with the version, like https://api.lucidtech.ai/v1.</source>
        <translation>%1 svarer ikke som LAS-API-et. Kontroller API-endepunktet: det slutter med versjonen, som https://api.lucidtech.ai/v1.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). Try again later.</source>
        <translation>%1 fikk en intern feil (%2). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Pålogging på %1 mislyktes: %2</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>Uploads</source>
        <translation>Opplastinger</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Opplastinger</translation>
    </message>
    <message>
        <source>&amp;Upload Files…</source>
        <translation>Last opp f&amp;iler …</translation>
    </message>
    <message>
        <source>Upload PDF and JPEG files to LAS.</source>
        <translation>Last opp PDF- og JPEG-filer til LAS.</translation>
    </message>
    <message>
        <source>Upload &amp;Folder…</source>
        <translation>Last opp &amp;mappe …</translation>
    </message>
    <message>
        <source>Upload every PDF and JPEG file in a folder and its subfolders.</source>
        <translation>Last opp alle PDF- og JPEG-filer i en mappe og undermappene.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Opplastingsfremdrift</translation>
    </message>
    <message>
        <source>Overall upload progress</source>
        <translation>Samlet opplastingsfremdrift</translation>
    </message>
    <message>
        <source>Uploads are off: the upload journal cannot be opened (%1).</source>
        <translation>Opplasting er slått av: opplastingsjournalen kan ikke åpnes (%1).</translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Last opp mappe</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Last opp filer</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg)</source>
        <translation>Dokumenter (*.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Nothing to upload: the folders dropped have no files.</source>
        <translation>Ingenting å laste opp: mappene som ble sluppet, har ingen filer.</translation>
    </message>
    <message>
        <source>Looking through the dropped files…</source>
        <translation>Går gjennom filene som ble sluppet …</translation>
    </message>
    <message>
        <source>Files to upload are waiting for you to sign in.</source>
        <translation>Filer som skal lastes opp, venter på at du logger på.</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upload Documents</source>
        <translation>Last opp dokumenter</translation>
    </message>
    <message>
        <source>Files found: %1 (%2). Only PDF and JPEG files up to %3 are uploaded; any other file is listed in the queue with the reason, and nothing else is done with it.</source>
        <translation>Filer funnet: %1 (%2). Bare PDF- og JPEG-filer på opptil %3 lastes opp; andre filer vises i køen med årsaken, og ingenting annet gjøres med dem.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Bunt</translation>
    </message>
    <message>
        <source>&amp;No batch</source>
        <translation>&amp;Ingen bunt</translation>
    </message>
    <message>
        <source>&amp;Existing batch:</source>
        <translation>&amp;Eksisterende bunt:</translation>
    </message>
    <message>
        <source>Ne&amp;w batch:</source>
        <translation>N&amp;y bunt:</translation>
    </message>
    <message>
        <source>Existing batch</source>
        <translation>Eksisterende bunt</translation>
    </message>
    <message>
        <source>las:batch:…</source>
        <translation>las:batch:…</translation>
    </message>
    <message>
        <source>New batch name</source>
        <translation>Navn på ny bunt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>New batch description</source>
        <translation>Beskrivelse av ny bunt</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beskrivelse (valgfritt)</translation>
    </message>
    <message>
        <source>Consent ID</source>
        <translation>Samtykke-ID</translation>
    </message>
    <message>
        <source>Optional: las:consent:…</source>
        <translation>Valgfritt: las:consent:…</translation>
    </message>
    <message>
        <source>&amp;Consent ID:</source>
        <translation>&amp;Samtykke-ID:</translation>
    </message>
    <message>
        <source>&amp;Run a model after upload:</source>
        <translation>&amp;Kjør en modell etter opplasting:</translation>
    </message>
    <message>
        <source>Model to run after upload</source>
        <translation>Modell som skal kjøres etter opplasting</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Last opp</translation>
    </message>
    <message>
        <source>Sign in to list the models.</source>
        <translation>Logg på for å se modellene.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Laster inn modeller …</translation>
    </message>
    <message>
        <source>This account has no models.</source>
        <translation>Denne kontoen har ingen modeller.</translation>
    </message>
    <message>
        <source>Models could not be listed.</source>
        <translation>Modellene kunne ikke listes opp.</translation>
    </message>
    <message>
        <source>Choose a batch, or type its ID: las:batch: followed by 32 hexadecimal digits.</source>
        <translation>Velg en bunt, eller skriv inn ID-en: las:batch: fulgt av 32 heksadesimale sifre.</translation>
    </message>
    <message>
        <source>Sign in to create a batch.</source>
        <translation>Logg på for å opprette en bunt.</translation>
    </message>
    <message>
        <source>A consent ID looks like las:consent: followed by 32 hexadecimal digits.</source>
        <translation>En samtykke-ID ser ut som las:consent: fulgt av 32 heksadesimale sifre.</translation>
    </message>
    <message>
        <source>Choose the model to run, or untick &quot;Run a model after upload&quot;.</source>
        <translation>Velg modellen som skal kjøres, eller fjern haken ved «Kjør en modell etter opplasting».</translation>
    </message>
    <message>
        <source>The batch could not be created: %1</source>
        <translation>Bunten kunne ikke opprettes: %1</translation>
    </message>
</context>
<context>
    <name>UploadDropSummary</name>
    <message>
        <source>Upload finished: %1 uploaded, %2 skipped, %3 failed.</source>
        <translation>Opplastingen er ferdig: %1 lastet opp, %2 hoppet over, %3 mislyktes.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Avbrutt: %1.</translation>
    </message>
    <message>
        <source>Possible duplicates on the server: %1.</source>
        <translation>Mulige duplikater på tjeneren: %1.</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Mislyktes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Hoppet over:</translation>
    </message>
</context>
<context>
    <name>UploadFileCheck</name>
    <message>
        <source>it looks like a PNG image</source>
        <translation>det ser ut som et PNG-bilde</translation>
    </message>
    <message>
        <source>it looks like a TIFF image</source>
        <translation>det ser ut som et TIFF-bilde</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>det ser ut som et GIF-bilde</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an Office document</source>
        <translation>det ser ut som et ZIP-arkiv eller et Office-dokument</translation>
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
    <message>
        <source>the file has %1 bytes; the API accepts at most %2 bytes (about 4.5 MB) per document</source>
        <translation>filen har %1 byte; API-et tar imot høyst %2 byte (omtrent 4,5 MB) per dokument</translation>
    </message>
    <message>
        <source>cannot be hashed (the SHA-256 implementation is unavailable)</source>
        <translation>kan ikke hashes (SHA-256-implementasjonen er ikke tilgjengelig)</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>filen ble endret mens den ble lest</translation>
    </message>
</context>
<context>
    <name>UploadHandoff</name>
    <message>
        <source>Another LAS Review is already running.</source>
        <translation>En annen LAS Review kjører allerede.</translation>
    </message>
    <message>
        <source>The running LAS Review did not answer.</source>
        <translation>LAS Review-programmet som kjører, svarte ikke.</translation>
    </message>
    <message>
        <source>The lock file %1 is held by another process.</source>
        <translation>Låsefilen %1 holdes av en annen prosess.</translation>
    </message>
</context>
<context>
    <name>UploadJournal</name>
    <message>
        <source>cannot create the folder of the upload journal %1</source>
        <translation>kan ikke opprette mappen til opplastingsjournalen %1</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not available, so the upload journal cannot be kept</source>
        <translation>SQLite-driveren til Qt er ikke tilgjengelig, så opplastingsjournalen kan ikke føres</translation>
    </message>
    <message>
        <source>cannot open the upload journal %1: %2</source>
        <translation>kan ikke åpne opplastingsjournalen %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an upload journal: %2</source>
        <translation>%1 er ikke en opplastingsjournal: %2</translation>
    </message>
    <message>
        <source>the upload journal %1 was written by a newer version</source>
        <translation>opplastingsjournalen %1 ble skrevet av en nyere versjon</translation>
    </message>
    <message>
        <source>cannot write the upload journal %1: %2</source>
        <translation>kan ikke skrive til opplastingsjournalen %1: %2</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <source>No fields found.</source>
        <translation>Ingen felt funnet.</translation>
    </message>
    <message>
        <source>Uploaded, but it may be on the server more than once: %1</source>
        <translation>Lastet opp, men kan finnes flere ganger på tjeneren: %1</translation>
    </message>
    <message>
        <source>The same file is already in the queue.</source>
        <translation>Den samme filen står allerede i køen.</translation>
    </message>
    <message>
        <source>Already uploaded as %1.</source>
        <translation>Allerede lastet opp som %1.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrolleres</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Lastes opp</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Kontrollerer tjeneren</translation>
    </message>
    <message>
        <source>Running the model</source>
        <translation>Kjører modellen</translation>
    </message>
    <message>
        <source>Uploaded (possible duplicate)</source>
        <translation>Lastet opp (mulig duplikat)</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Lastet opp</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Allerede i køen</translation>
    </message>
    <message>
        <source>Already uploaded</source>
        <translation>Allerede lastet opp</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Ikke lastet opp</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>May be on the server more than once: %1</source>
        <translation>Kan finnes flere ganger på tjeneren: %1</translation>
    </message>
    <message>
        <source>The answer was lost; found on the server.</source>
        <translation>Svaret gikk tapt; funnet på tjeneren.</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>Prediksjonen mislyktes: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prediksjon</translation>
    </message>
    <message>
        <source>Uploads: %1 done, %2 skipped, %3 failed.</source>
        <translation>Opplastinger: %1 ferdig, %2 hoppet over, %3 mislyktes.</translation>
    </message>
    <message>
        <source>Uploads paused: %1 files waiting.</source>
        <translation>Opplasting satt på pause: %1 i kø.</translation>
    </message>
    <message>
        <source>Uploads paused: %1</source>
        <translation>Opplasting satt på pause: %1</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 files finished.</source>
        <translation>Laster opp: %1 av %2 filer ferdig.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 files finished, %3/s, about %4 left.</source>
        <translation>Laster opp: %1 av %2 filer ferdig, %3/s, omtrent %4 igjen.</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Settes på pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>No connection to the server, or it broke off (%1).</source>
        <translation>Ingen forbindelse med serveren, eller den ble brutt (%1).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The file could not be read while it was being uploaded (%1).</source>
        <translation>Filen kunne ikke leses mens den ble lastet opp (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1).</source>
        <translation>Svaret fra serveren kunne ikke forstås (%1).</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in; sign in again, then retry.</source>
        <translation>Serveren godtar ikke lenger denne påloggingen; logg inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>This account may not upload documents (%1).</source>
        <translation>Denne kontoen har ikke lov til å laste opp dokumenter (%1).</translation>
    </message>
    <message>
        <source>The server does not know the batch or consent of this drop (%1).</source>
        <translation>Serveren kjenner ikke bunken eller samtykket for denne opplastingen (%1).</translation>
    </message>
    <message>
        <source>The server refused the file: %1</source>
        <translation>Serveren avviste filen: %1</translation>
    </message>
    <message>
        <source>The server is busy (too many requests); retry in a while.</source>
        <translation>Serveren er opptatt (for mange forespørsler); prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The account&apos;s document quota is used up.</source>
        <translation>Kontoens dokumentkvote er brukt opp.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation>Serveren feilet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Refused for security: %1</source>
        <translation>Avvist av sikkerhetshensyn: %1</translation>
    </message>
    <message>
        <source>Paused: nothing is sent for this file until you resume it.</source>
        <translation>På pause: ingenting sendes for denne filen før du fortsetter den.</translation>
    </message>
    <message>
        <source>Uploads: %1 done; %2 paused files wait until you resume them.</source>
        <translation>Opplastinger: %1 ferdige; %2 filer på pause venter til du fortsetter dem.</translation>
    </message>
</context>
<context>
    <name>UploadQueuePanel</name>
    <message>
        <source>Upload summary</source>
        <translation>Opplastingssammendrag</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer …</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Lukk sammendraget</translation>
    </message>
    <message>
        <source>&amp;Cancel Selected</source>
        <translation>&amp;Avbryt valgte</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>Avbryt a&amp;lle</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Prøv feilede &amp;igjen</translation>
    </message>
    <message>
        <source>Upload &amp;Anyway</source>
        <translation>Last opp li&amp;kevel</translation>
    </message>
    <message>
        <source>Upload the selected files even though the same content was uploaded before.</source>
        <translation>Last opp de valgte filene selv om det samme innholdet er lastet opp før.</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>F&amp;jern ferdige</translation>
    </message>
    <message>
        <source>Drop PDF or JPEG files, or whole folders, anywhere in the window to upload them, or choose File → Upload…</source>
        <translation>Slipp PDF- eller JPEG-filer, eller hele mapper, hvor som helst i vinduet for å laste dem opp, eller velg Fil → Last opp …</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Opplastingskø</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Go on uploading.</source>
        <translation>Fortsett opplastingen.</translation>
    </message>
    <message>
        <source>Start no new uploads; those under way finish.</source>
        <translation>Ikke start nye opplastinger; de som pågår, fullføres.</translation>
    </message>
    <message>
        <source>Upload Summary</source>
        <translation>Opplastingssammendrag</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Årsaker</translation>
    </message>
    <message>
        <source>Pause &amp;Selected</source>
        <translation>Sett &amp;valgte på pause</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Åpne dokument</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Resume &amp;Selected</source>
        <translation>Fortsett &amp;valgte</translation>
    </message>
    <message>
        <source>Go on uploading the selected files.</source>
        <translation>Fortsett å laste opp de valgte filene.</translation>
    </message>
    <message>
        <source>Send nothing more for the selected files until you resume them; the rest of the queue goes on.</source>
        <translation>Send ikke mer for de valgte filene før du fortsetter dem; resten av køen går videre.</translation>
    </message>
</context>
<context>
    <name>ViewerDocument</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Filen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>The file is too large to show (%1 MB; the viewer opens files up to %2 MB).</source>
        <translation>Filen er for stor til å vises (%1 MB; fremviseren åpner filer på opptil %2 MB).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>This file is neither a PDF nor a JPEG image, so it cannot be shown.</source>
        <translation>Denne filen er verken en PDF eller et JPEG-bilde, så den kan ikke vises.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so it cannot be shown.</source>
        <translation>Denne PDF-en er beskyttet med passord, så den kan ikke vises.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way the viewer does not support.</source>
        <translation>Denne PDF-en er kryptert på en måte fremviseren ikke støtter.</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Filen %1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Denne PDF-en er skadet eller ufullstendig og kan ikke vises.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Denne PDF-en har ingen sider.</translation>
    </message>
    <message>
        <source>This PDF has %1 pages, more than the %2 the viewer opens.</source>
        <translation>Denne PDF-en har %1 sider, flere enn de %2 fremviseren åpner.</translation>
    </message>
    <message>
        <source>The image claims %1 × %2 pixels, more than the viewer decodes (%3 megapixels at most).</source>
        <translation>Bildet oppgir %1 × %2 piksler, mer enn fremviseren dekoder (høyst %3 megapiksler).</translation>
    </message>
    <message>
        <source>This JPEG image is damaged or incomplete and cannot be shown.</source>
        <translation>Dette JPEG-bildet er skadet eller ufullstendig og kan ikke vises.</translation>
    </message>
</context>
<context>
    <name>ViewerPane</name>
    <message>
        <source>Page viewer</source>
        <translation>Sidefremviser</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>Melding fra fremviseren</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatyrbilder av sidene</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>Viewer tools</source>
        <translation>Verktøy for fremviseren</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Ingen dokumenter er åpne.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <source>Rotate Clockwise</source>
        <translation>Roter med klokken</translation>
    </message>
    <message>
        <source>Go to Page…</source>
        <translation>Gå til side …</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Finn …</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Finn neste</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Finn forrige</translation>
    </message>
    <message>
        <source>Documents cannot be downloaded here.</source>
        <translation>Dokumenter kan ikke lastes ned her.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Åpner dokumentet …</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>This image has no text to search.</source>
        <translation>Dette bildet har ingen tekst å søke i.</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Ingen treff for «%1».</translation>
    </message>
    <message>
        <source>Match %1 of %2 for “%3”.</source>
        <translation>Treff %1 av %2 for «%3».</translation>
    </message>
</context>
<context>
    <name>las::UploadEngine</name>
    <message>
        <source>The upload journal %1 cannot be written (%2). Uploads are paused: nothing is sent without a journal.</source>
        <translation>Opplastingsjournalen %1 kan ikke skrives (%2). Opplastingene er satt på pause: ingenting sendes uten journal.</translation>
    </message>
    <message>
        <source>The upload could not be checked on the server: %1</source>
        <translation>Opplastingen kunne ikke kontrolleres på serveren: %1</translation>
    </message>
    <message>
        <source>Uploads are paused: the server failed %1 times in a row (last: %2). Resume when it is back.</source>
        <translation>Opplastingene er satt på pause: serveren feilet %1 ganger på rad (sist: %2). Fortsett når den er tilbake.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LAS Review</source>
        <translation>LAS Review</translation>
    </message>
</context>
</TS>
