<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>There is no profile called "%1". Set it up in File → Manage Profiles.</source>
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
        <source>The secrets of the profile "%1" cannot be saved in the system keychain: %2</source>
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
        <source>The system keychain cannot be used (%1), so the secrets of the profile "%2" cannot be read.</source>
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
        <source>"%1" is neither a document ID (las:document:...) nor a file.</source>
        <translation>«%1» er verken en dokument-ID (las:document:...) eller en fil.</translation>
    </message>
    <message>
        <source>"%1" is not a document ID: they look like las:document: followed by 32 hexadecimal digits.</source>
        <translation>«%1» er ikke en dokument-ID: de ser ut som las:document: fulgt av 32 heksadesimale sifre.</translation>
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
        <source>The demo server's start-up line cannot be read: %1</source>
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
        <source>JPEG image</source>
        <translation>JPEG-bilde</translation>
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
        <source>Predictions and ground truth appear here.</source>
        <translation>Prediksjoner og fasit vises her.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felt</translation>
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
        <source>There is already a profile called "%1".</source>
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
        <source>Remove the profile "%1" and its secrets from the keychain?</source>
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
        <source>No client secret is stored for the profile "%1". Edit the profile and enter it.</source>
        <translation>Ingen klienthemmelighet er lagret for profilen «%1». Rediger profilen og skriv den inn.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the profile's secrets cannot be read.</source>
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
        <source>The account's monthly quota is used up (%1). Contact your LAS administrator.</source>
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
    <name>main</name>
    <message>
        <source>LAS Review</source>
        <translation>LAS Review</translation>
    </message>
</context>
</TS>
