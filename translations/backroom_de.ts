<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="72"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>Es ist kein Server eingestellt. Wählen Sie Datei › Mit Server verbinden… und geben Sie seine Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="120"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>Der Server unter %1 hat eine Antwort geschickt, die kein gültiges JSON ist (%2). Prüfen Sie, ob die Adresse auf einen Backroom-Server zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="135"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
Anfrage-ID: %2 (bitte angeben, wenn Sie dieses Problem melden).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="148"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Unter %1 nimmt niemand Verbindungen an. Prüfen Sie, ob der Backroom-Server läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="152"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>Der Rechnername „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise der Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="158"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie, ob er läuft und von diesem Computer aus erreichbar ist; auch ein überlasteter Server oder ein überlastetes Netzwerk kann die Ursache sein.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="162"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden: %2. Prüfen Sie, ob das Zertifikat des Servers gültig ist und diesem Computer vertraut, oder ob die Adresse stattdessen mit http:// beginnen sollte.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="167"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>Der Server unter %1 hat die Verbindung ohne Antwort geschlossen. Prüfen Sie, ob die Adresse das richtige Schema (http:// oder https://) und den richtigen Port verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="172"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>Das Netzwerk dieses Computers ist nicht verfügbar (%1). Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="175"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>Keine Verständigung mit dem Server unter %1 möglich: %2. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="188"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>Der Server unter %1 verlangt eine Anmeldung, bevor er %2 beantwortet (HTTP %3). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="191"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>Der Server unter %1 erlaubt Ihnen nicht, %2 zu verwenden (HTTP %3). Bitten Sie eine Administratorin oder einen Administrator um Zugriff.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="194"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>Der Server unter %1 kennt %2 nicht (HTTP %3). Prüfen Sie, ob die Adresse auf einen Backroom-Server passender Version zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="198"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>Der Server unter %1 konnte %2 nicht beantworten (HTTP %3). Versuchen Sie es gleich noch einmal; wenn es wieder passiert, bitten Sie Ihre Administration, im Serverprotokoll nach der Anfrage-ID %4 zu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
        <source>The server at %1 rejected the request for %2 (HTTP %3). Check that this program and the server are of matching versions; request id %4.</source>
        <translation>Der Server unter %1 hat die Anfrage für %2 abgelehnt (HTTP %3). Prüfen Sie, ob dieses Programm und der Server zueinander passende Versionen haben; Anfrage-ID %4.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AreaView</name>
    <message>
        <location filename="../ui/areaview.cpp" line="25"/>
        <source>This area is not available in this version of Backroom yet.</source>
        <translation>Dieser Bereich ist in dieser Version von Backroom noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="28"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="31"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Geben Sie die Adresse des Backroom-Servers so ein, wie Ihre Administration sie Ihnen genannt hat.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="79"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Das ist keine gültige Adresse (%1). Verwenden Sie die Form http://rechner:port, zum Beispiel http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="86"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>Die Adresse braucht nach %1:// einen Rechnernamen, zum Beispiel %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="89"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; Sie melden sich nach dem Verbinden an.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="125"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>Verbindung funktioniert: Backroom-Server %1, Datenbankschema %2, bereit.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>The server answers but is not ready: %1</source>
        <translation>Der Server antwortet, ist aber nicht bereit: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="35"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="41"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="49"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="50"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="51"/>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="52"/>
        <source>Database schema:</source>
        <translation>Datenbankschema:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="53"/>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="54"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="56"/>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="58"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="69"/>
        <source>Sales, stock and order figures will appear here as those areas become available in later versions.</source>
        <translation>Umsatz-, Lager- und Bestellzahlen erscheinen hier, sobald diese Bereiche in späteren Versionen verfügbar sind.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="94"/>
        <source>—</source>
        <comment>no value known</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="95"/>
        <source>None chosen yet</source>
        <translation>Noch keiner gewählt</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::HealthMonitor</name>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="16"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="18"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="20"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="22"/>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="24"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="34"/>
        <source>Not connected to a server: choose File › Connect to Server…</source>
        <translation>Mit keinem Server verbunden: wählen Sie Datei › Mit Server verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="36"/>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="38"/>
        <source>Connected to %1 — ready (server %2, schema %3)</source>
        <translation>Verbunden mit %1 — bereit (Server %2, Schema %3)</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="42"/>
        <source>Server at %1 is not ready: %2</source>
        <translation>Der Server unter %1 ist nicht bereit: %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="44"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="113"/>
        <source>Its /readyz answer does not say it is ready. Check that the address points at a Backroom server.</source>
        <translation>Seine Antwort auf /readyz meldet nicht, dass er bereit ist. Prüfen Sie, ob die Adresse auf einen Backroom-Server zeigt.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LanguageLoader</name>
    <message>
        <location filename="../ui/languageloader.cpp" line="57"/>
        <source>“%1” is not a supported language. Choose one of: %2.</source>
        <translation>„%1“ ist keine unterstützte Sprache. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <location filename="../ui/languageloader.cpp" line="63"/>
        <source>The translation for “%1” is missing from %2.</source>
        <translation>Die Übersetzung für „%1“ fehlt in %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Produkte, Varianten, Kategorien, Preise und Aktionen: anlegen und bearbeiten, viele auf einmal ändern, als CSV importieren und exportieren und ihre Bilder verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Bestand je Lagerort: Wareneingang buchen, Bestand mit einem Scanfeld zählen und korrigieren, Bestand zwischen Lagerorten umlagern und auf Meldungen zu niedrigem Bestand reagieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Jede Bestellung schnell finden, ihren Verlauf lesen, sie stornieren sowie sie mit gedruckten Lieferscheinen kommissionieren, verpacken und versenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Teil- und Vollerstattungen, mit oder ohne Wiedereinlagerung, und der Stand jeder einzelnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Sendungen und ihre Sendungsverfolgung, wie die Versanddienstleister sie melden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Kundinnen und Kunden und der Verlauf ihrer Bestellungen, Erstattungen und Sendungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Benutzer und Rollen, Lagerorte, Webhooks und das Prüfprotokoll, wer was geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Check Server &amp;Now</source>
        <translation>Server &amp;jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;About Backroom</source>
        <translation>&amp;Über Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>About Backroom</source>
        <translation>Über Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;Das Backoffice für Onlineshops: Katalog, Lager, Bestellungen, Erstattungen und Sendungen.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="24"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden. Prüfen Sie, ob das Verzeichnis beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="34"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>Das Verzeichnis für Bildschirmfotos %1 konnte nicht angelegt werden. Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="71"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom braucht die Serveradresse und die E-Mail-Adresse, um sich eine Anmeldung zu merken.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="72"/>
        <source>There is no sign-in to remember.</source>
        <translation>Es gibt keine Anmeldung, die sich Backroom merken könnte.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="103"/>
        <location filename="../ui/tokenstore.cpp" line="137"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom braucht die Serveradresse und die E-Mail-Adresse, um eine gemerkte Anmeldung zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="168"/>
        <source>access was declined</source>
        <translation>der Zugriff wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="171"/>
        <source>access was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="174"/>
        <source>no keyring service is running</source>
        <translation>es läuft kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="177"/>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="185"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar (%1); Backroom merkt sich diese Anmeldung nicht. Entsperren oder installieren Sie einen Schlüsselbund (z. B. GNOME Keyring), um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="190"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar (%1), daher kann Backroom keine gemerkte Anmeldung verwenden. Melden Sie sich erneut an; um angemeldet zu bleiben, entsperren oder installieren Sie einen Schlüsselbund (z. B. GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="197"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom konnte die gemerkte Anmeldung nicht aus dem Schlüsselbund Ihres Systems entfernen (%1). Entsperren Sie den Schlüsselbund und melden Sie sich erneut ab, oder löschen Sie den Eintrag „%2“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Mit dem Backroom-Server unter &lt;URL&gt; statt mit dem gespeicherten verbinden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Für diesen Start die Sprache &lt;Code&gt; (en, de, fr oder es) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Save a picture of every area and of the connection dialog into &lt;directory&gt;, then exit. Needs no display.</source>
        <translation>Ein Bild jedes Bereichs und des Verbindungsdialogs in &lt;Verzeichnis&gt; speichern und dann beenden. Braucht keinen Bildschirm.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, das Backoffice für Onlineshops.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
</TS>
