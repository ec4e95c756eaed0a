<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Backroom::Ui</name>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="82"/>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="85"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="86"/>
        <source>Shipment %1 from %2</source>
        <translation>Sendung %1 aus %2</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="91"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="96"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="97"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="98"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shippingdocuments.cpp" line="121"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="123"/>
        <source>%1 %2, tracking number %3</source>
        <translation>%1 %2, Sendungsnummer %3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="147"/>
        <source>TO</source>
        <translation>AN</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="152"/>
        <source>TRACKING NUMBER</source>
        <translation>SENDUNGSNUMMER</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="159"/>
        <source>Order %1 · %2 parcel(s)%3</source>
        <translation>Bestellung %1 · %2 Paket(e)%3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="162"/>
        <source> · %1 g</source>
        <translation> · %1 g</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="186"/>
        <source>Packing slip %1</source>
        <translation>Lieferschein %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="191"/>
        <source>Shipping label %1</source>
        <translation>Versandetikett %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AdminView</name>
    <message>
        <location filename="../ui/adminview.cpp" line="34"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="44"/>
        <source>&amp;Users and Roles</source>
        <translation>&amp;Benutzer und Rollen</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="45"/>
        <source>Audit Lo&amp;g</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="47"/>
        <source>&amp;Sagas</source>
        <translation>&amp;Sagas</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="49"/>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="82"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>Es ist kein Server eingestellt. Wählen Sie Datei › Mit Server verbinden… und geben Sie seine Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="154"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>Der Server unter %1 hat eine Antwort geschickt, die kein gültiges JSON ist (%2). Prüfen Sie, ob die Adresse auf einen Backroom-Server zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="169"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
Anfrage-ID: %2 (bitte angeben, wenn Sie dieses Problem melden).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="182"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Unter %1 nimmt niemand Verbindungen an. Prüfen Sie, ob der Backroom-Server läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="186"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>Der Rechnername „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise der Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="192"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie, ob er läuft und von diesem Computer aus erreichbar ist; auch ein überlasteter Server oder ein überlastetes Netzwerk kann die Ursache sein.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="196"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden: %2. Prüfen Sie, ob das Zertifikat des Servers gültig ist und diesem Computer vertraut, oder ob die Adresse stattdessen mit http:// beginnen sollte.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>Der Server unter %1 hat die Verbindung ohne Antwort geschlossen. Prüfen Sie, ob die Adresse das richtige Schema (http:// oder https://) und den richtigen Port verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="206"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>Das Netzwerk dieses Computers ist nicht verfügbar (%1). Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="209"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>Keine Verständigung mit dem Server unter %1 möglich: %2. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="222"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>Der Server unter %1 verlangt eine Anmeldung, bevor er %2 beantwortet (HTTP %3). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="225"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>Der Server unter %1 erlaubt Ihnen nicht, %2 zu verwenden (HTTP %3). Bitten Sie eine Administratorin oder einen Administrator um Zugriff.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="228"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>Der Server unter %1 kennt %2 nicht (HTTP %3). Prüfen Sie, ob die Adresse auf einen Backroom-Server passender Version zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="232"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>Der Server unter %1 konnte %2 nicht beantworten (HTTP %3). Versuchen Sie es gleich noch einmal; wenn es wieder passiert, bitten Sie Ihre Administration, im Serverprotokoll nach der Anfrage-ID %4 zu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="235"/>
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
    <name>Backroom::Ui::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="93"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="95"/>
        <source>Actor</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="97"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="99"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="101"/>
        <source>From address</source>
        <translation>Von Adresse</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="66"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="68"/>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="70"/>
        <source>A&amp;pply Filters</source>
        <translation>Filter &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="71"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="82"/>
        <source>e.g. user.update, or user. for all</source>
        <translation>z. B. user.update, oder user. für alle</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="85"/>
        <source>e.g. user</source>
        <translation>z. B. user</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="95"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="97"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="101"/>
        <source>&amp;Actor:</source>
        <translation>Ausgeführt v&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="103"/>
        <source>Act&amp;ion:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="105"/>
        <source>Entity &amp;type:</source>
        <translation>Objek&amp;ttyp:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="215"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="222"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="237"/>
        <source>The first day (%1) is after the last day (%2). Choose dates in order.</source>
        <translation>Der erste Tag (%1) liegt nach dem letzten Tag (%2). Wählen Sie die Daten in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="263"/>
        <source>The audit log could not be loaded: %1
Check the filters and apply them again.</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1
Prüfen Sie die Filter und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="269"/>
        <source>Loading the audit log…</source>
        <translation>Prüfprotokoll wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="271"/>
        <source>Entries shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Angezeigte Einträge: %L1, neueste zuerst; für ältere nach unten blättern.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="273"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="275"/>
        <source>Entries: %L1, newest first.</source>
        <translation>Einträge: %L1, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="284"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="289"/>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="290"/>
        <source>%1 by %2 on %3 %4, from %5; request id %6.</source>
        <translation>%1 durch %2 an %3 %4, von %5; Anfrage-ID %6.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="292"/>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="293"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="307"/>
        <location filename="../ui/auditlogview.cpp" line="308"/>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::BoughtTogetherPanel</name>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="46"/>
        <source>Recommendations appear once the product is saved and active.</source>
        <translation>Empfehlungen erscheinen, sobald das Produkt gespeichert und aktiv ist.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="49"/>
        <source>Loading what is bought together…</source>
        <translation>Häufig zusammen gekaufte Produkte werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="58"/>
        <source>Only active products have recommendations; publish it to see them.</source>
        <translation>Nur aktive Produkte haben Empfehlungen; veröffentlichen Sie es, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="59"/>
        <source>Recommendations could not be loaded: %1</source>
        <translation>Die Empfehlungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="73"/>
        <source>(popular)</source>
        <translation>(beliebt)</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="79"/>
        <source>No orders yet, so nothing to recommend.</source>
        <translation>Noch keine Bestellungen, daher gibt es nichts zu empfehlen.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="81"/>
        <source>Too little order history for this product: showing the shop&apos;s most ordered products instead.</source>
        <translation>Zu wenige Bestellungen für dieses Produkt: Stattdessen werden die meistbestellten Produkte des Shops angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="84"/>
        <source>Often bought together with this product:</source>
        <translation>Häufig zusammen mit diesem Produkt gekauft:</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkeditdialog.cpp" line="55"/>
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Produkt</numerusform>
            <numerusform>Die %n ausgewählten Produkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="56"/>
        <source>Every product the &amp;filters match</source>
        <translation>Jedes Produkt, das die &amp;Filter treffen</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="57"/>
        <source>Change the &amp;price:</source>
        <translation>&amp;Preis ändern:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="61"/>
        <source>Change the s&amp;tatus to:</source>
        <translation>S&amp;tatus ändern in:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="63"/>
        <source>Move to the &amp;category:</source>
        <translation>In die &amp;Kategorie verschieben:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="70"/>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="71"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="74"/>
        <source>Change Many Products</source>
        <translation>Mehrere Produkte ändern</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="92"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="102"/>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="103"/>
        <source>Raise by %</source>
        <translation>Erhöhen um %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="104"/>
        <source>Lower by %</source>
        <translation>Senken um %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="105"/>
        <source>Raise by</source>
        <translation>Erhöhen um</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="106"/>
        <source>Lower by</source>
        <translation>Senken um</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="107"/>
        <source>e.g. 12.99 or 10</source>
        <translation>z. B. 12.99 oder 10</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="113"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="122"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="133"/>
        <source>What will change</source>
        <translation>Was sich ändern wird</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="196"/>
        <source>The percentage must be a number above 0 with at most two decimals, e.g. 10 or 12.5.</source>
        <translation>Der Prozentsatz muss eine Zahl über 0 mit höchstens zwei Nachkommastellen sein, z. B. 10 oder 12.5.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="204"/>
        <source>The amount must be a price in %1 such as 12.99.</source>
        <translation>Der Betrag muss ein Preis in %1 sein, etwa 12.99.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="219"/>
        <source>Choose what to change: the price, the status or the category.</source>
        <translation>Wählen Sie, was geändert werden soll: Preis, Status oder Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="248"/>
        <source>The form changed since the preview; preview again before applying.</source>
        <translation>Das Formular hat sich seit der Vorschau geändert; sehen Sie sich vor dem Anwenden erneut die Vorschau an.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="284"/>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="303"/>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="327"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="350"/>
        <source>%L1 product(s) match: %L2 would change, %L3 would stay as they are, %L4 would be refused.</source>
        <translation>%L1 Produkt(e) passen: %L2 würden sich ändern, %L3 blieben, wie sie sind, %L4 würden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="353"/>
        <source>The first %L1 changes are listed.</source>
        <translation>Die ersten %L1 Änderungen sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="355"/>
        <source>Nothing can be applied while any product would be refused: change the form or the selection, then preview again.</source>
        <translation>Solange ein Produkt abgelehnt würde, kann nichts angewendet werden: Ändern Sie das Formular oder die Auswahl und sehen Sie sich erneut die Vorschau an.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="358"/>
        <source>There is nothing to apply.</source>
        <translation>Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="360"/>
        <source>Choose Apply to make the change, all or nothing.</source>
        <translation>Wählen Sie „Anwenden“, um die Änderung vorzunehmen – ganz oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="375"/>
        <source>The change was not started: %1</source>
        <translation>Die Änderung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="378"/>
        <source>Changing the products…</source>
        <translation>Die Produkte werden geändert …</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="391"/>
        <source>Done: %L1 product(s) changed, %L2 left as they were.</source>
        <translation>Fertig: %L1 Produkt(e) geändert, %L2 unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="398"/>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CatalogView</name>
    <message>
        <location filename="../ui/catalogview.cpp" line="45"/>
        <source>&amp;New Product…</source>
        <translation>&amp;Neues Produkt …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="46"/>
        <source>&amp;Edit Product…</source>
        <translation>Produkt &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="47"/>
        <source>Change &amp;Many…</source>
        <translation>Mehrere &amp;ändern …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="48"/>
        <source>CS&amp;V</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="49"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="55"/>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="58"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="66"/>
        <source>Title contains…</source>
        <translation>Titel enthält …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="69"/>
        <source>Finds products whose title contains the text, as you type.</source>
        <translation>Findet schon beim Tippen die Produkte, deren Titel den Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="73"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="77"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="80"/>
        <source>e.g. 10-50</source>
        <translation>z. B. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="83"/>
        <source>The lowest variant price, from-to in the shop&apos;s currency; leave either end open, e.g. 10- or -50.</source>
        <translation>Der niedrigste Variantenpreis, von-bis in der Währung des Shops; jedes Ende darf offen bleiben, z. B. 10- oder -50.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="85"/>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="92"/>
        <source>&amp;Import Products…</source>
        <translation>Produkte &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="93"/>
        <source>&amp;Export Products…</source>
        <translation>Produkte &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="95"/>
        <source>Export Products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="96"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="101"/>
        <source>Import products from a CSV file, or export the products the filters match.</source>
        <translation>Produkte aus einer CSV-Datei importieren oder die Produkte exportieren, die die Filter treffen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="102"/>
        <source>Change the price, status or category of the selected products, or of every product the filters match, at once.</source>
        <translation>Preis, Status oder Kategorie der ausgewählten Produkte oder aller Produkte, die die Filter treffen, auf einmal ändern.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="131"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="145"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="244"/>
        <source>Your account may not list or change the shop&apos;s catalog. An administrator can give it the merchandiser role.</source>
        <translation>Ihr Konto darf den Katalog des Shops weder auflisten noch ändern. Eine Administratorin oder ein Administrator kann ihm die Rolle Sortimentsverwaltung geben.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="306"/>
        <source>The products could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Die Produkte konnten nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="317"/>
        <source>Loading products…</source>
        <translation>Produkte werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="319"/>
        <source>Products shown: %L1; scroll down or choose Load More for more.</source>
        <translation>Angezeigte Produkte: %L1; für weitere nach unten blättern oder „Mehr laden“ wählen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="321"/>
        <source>No products match the search and filters.</source>
        <translation>Keine Produkte passen zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="323"/>
        <source>No products yet. Choose New Product to create one.</source>
        <translation>Noch keine Produkte. Wählen Sie „Neues Produkt“, um eines anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="325"/>
        <source>Products: %L1</source>
        <translation>Produkte: %L1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="330"/>
        <source>Sorted by %1 across the whole catalog.</source>
        <translation>Nach %1 sortiert, über den ganzen Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="331"/>
        <source>Sorted by %1 among the products loaded; only Title and Price sort the whole catalog.</source>
        <translation>Nach %1 sortiert, unter den geladenen Produkten; nur Titel und Preis sortieren den ganzen Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="336"/>
        <source>%L1 selected.</source>
        <translation>%L1 ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="389"/>
        <source>Exporting the products to %1…</source>
        <translation>Die Produkte werden nach %1 exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="404"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="408"/>
        <source>Exported %L1 row(s) to %2.</source>
        <translation>%L1 Zeile(n) nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="409"/>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="473"/>
        <source>The product “%1” was created.</source>
        <translation>Das Produkt „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="477"/>
        <source>The product “%1” was saved.</source>
        <translation>Das Produkt „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CategoryPanel</name>
    <message>
        <location filename="../ui/categorypanel.cpp" line="26"/>
        <source>New &amp;Category…</source>
        <translation>Neue &amp;Kategorie …</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="27"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="28"/>
        <source>&amp;Delete…</source>
        <translation>Lös&amp;chen …</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="29"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="30"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="31"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="32"/>
        <source>Move Out of Parent</source>
        <translation>Aus der übergeordneten Kategorie heraus</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="33"/>
        <source>Move Into Category Above</source>
        <translation>In die Kategorie darüber</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="37"/>
        <source>Categor&amp;ies</source>
        <translation>Kategor&amp;ien</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="52"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="53"/>
        <source>Choose a category to show its products. Drag a category onto another to move it there, or between two to reorder; F2 renames.</source>
        <translation>Wählen Sie eine Kategorie, um ihre Produkte zu sehen. Ziehen Sie eine Kategorie auf eine andere, um sie dorthin zu verschieben, oder zwischen zwei, um die Reihenfolge zu ändern; F2 benennt um.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="80"/>
        <source>New Category…</source>
        <translation>Neue Kategorie …</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="82"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="86"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="176"/>
        <source>The categories could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Die Kategorien konnten nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="236"/>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="238"/>
        <source>Name of the new top-level category:</source>
        <translation>Name der neuen Kategorie auf oberster Ebene:</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="239"/>
        <source>Name of the new category inside “%1”:</source>
        <translation>Name der neuen Kategorie in „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="240"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="260"/>
        <source>Delete Category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="261"/>
        <source>Delete the category “%1”? Only an empty category can be deleted: move its products and subcategories elsewhere first.</source>
        <translation>Die Kategorie „%1“ löschen? Nur eine leere Kategorie kann gelöscht werden: Verschieben Sie zuerst ihre Produkte und Unterkategorien an einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="266"/>
        <source>&amp;Delete Category</source>
        <translation>Kategorie &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CategoryTreeModel</name>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="139"/>
        <source> › </source>
        <extracomment>Between the names of a category&apos;s path, e.g. &quot;Clothing › Shirts&quot;.</extracomment>
        <translation> › </translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="256"/>
        <source>All Categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="258"/>
        <source>Every product, in any category or none. Drop a category here to make it a top-level one.</source>
        <translation>Alle Produkte, in jeder oder keiner Kategorie. Legen Sie eine Kategorie hier ab, um sie auf die oberste Ebene zu bringen.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="365"/>
        <location filename="../ui/categorytreemodel.cpp" line="393"/>
        <location filename="../ui/categorytreemodel.cpp" line="412"/>
        <location filename="../ui/categorytreemodel.cpp" line="428"/>
        <source>Another change to the categories is on its way; try again when it is done.</source>
        <translation>Eine andere Änderung an den Kategorien ist noch unterwegs; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="368"/>
        <location filename="../ui/categorytreemodel.cpp" line="399"/>
        <source>A category needs a name of one line, at most %1 characters.</source>
        <translation>Eine Kategorie braucht einen einzeiligen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="371"/>
        <source>No category can be created inside “%1”: the tree would be deeper than %2 levels.</source>
        <translation>In „%1“ kann keine Kategorie angelegt werden: Der Baum wäre tiefer als %2 Ebenen.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="374"/>
        <source>The category to create it in no longer exists; reload the tree.</source>
        <translation>Die Kategorie, in der sie angelegt werden soll, gibt es nicht mehr; laden Sie den Baum neu.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="377"/>
        <location filename="../ui/categorytreemodel.cpp" line="401"/>
        <source>There is already a category named “%1” at this place; choose another name.</source>
        <translation>An dieser Stelle gibt es schon eine Kategorie namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="385"/>
        <source>The category “%1” was created.</source>
        <translation>Die Kategorie „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="386"/>
        <source>The category “%1” could not be created: %2</source>
        <translation>Die Kategorie „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="396"/>
        <location filename="../ui/categorytreemodel.cpp" line="415"/>
        <location filename="../ui/categorytreemodel.cpp" line="431"/>
        <source>That category no longer exists; reload the tree.</source>
        <translation>Diese Kategorie gibt es nicht mehr; laden Sie den Baum neu.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="404"/>
        <source>“%1” is now called “%2”.</source>
        <translation>„%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="405"/>
        <source>“%1” could not be renamed: %2</source>
        <translation>„%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="417"/>
        <source>“%1” still holds subcategories; move or delete them first.</source>
        <translation>„%1“ enthält noch Unterkategorien; verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="420"/>
        <source>The category “%1” was deleted.</source>
        <translation>Die Kategorie „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="421"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="433"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="437"/>
        <source>that category no longer exists; reload the tree</source>
        <translation>diese Kategorie gibt es nicht mehr; laden Sie den Baum neu</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="439"/>
        <source>a category cannot go inside itself or one of its own subcategories</source>
        <translation>eine Kategorie kann nicht in sich selbst oder eine ihrer eigenen Unterkategorien</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="441"/>
        <source>the tree would become deeper than %1 levels</source>
        <translation>der Baum würde tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="443"/>
        <source>“%1” cannot move to %2: %3.</source>
        <extracomment>%1 is a category name, %2 where it was dropped (&quot;the top level&quot; or a category), %3 the reason.</extracomment>
        <translation>„%1“ kann nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="447"/>
        <source>“%1” cannot move to %2: a category there has the same name; rename one of them first.</source>
        <translation>„%1“ kann nicht nach %2 verschoben werden: Dort hat eine Kategorie denselben Namen; benennen Sie zuerst eine der beiden um.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="474"/>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ wurde nach %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="475"/>
        <source>“%1” moved to place %2 of %3.</source>
        <translation>„%1“ steht jetzt an Stelle %2 von %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="476"/>
        <source>“%1” could not be moved: %2</source>
        <translation>„%1“ konnte nicht verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="24"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="29"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="32"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Geben Sie die Adresse des Backroom-Servers so ein, wie Ihre Administration sie Ihnen genannt hat.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="74"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Das ist keine gültige Adresse (%1). Verwenden Sie die Form http://rechner:port, zum Beispiel http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>Die Adresse braucht nach %1:// einen Rechnernamen, zum Beispiel %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; Sie melden sich nach dem Verbinden an.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="91"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>Die Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="124"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>Verbindung funktioniert: Backroom-Server %1, Datenbankschema %2, bereit.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="129"/>
        <source>The server answers but is not ready: %1</source>
        <translation>Der Server antwortet, ist aber nicht bereit: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CreateShipmentDialog</name>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="37"/>
        <location filename="../ui/createshipmentdialog.cpp" line="39"/>
        <source>Create Shipment</source>
        <translation>Sendung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Ship now</source>
        <translation>Jetzt versenden</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="49"/>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="50"/>
        <source>not weighed</source>
        <translation>nicht gewogen</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="54"/>
        <source>&amp;Warehouse</source>
        <translation>&amp;Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="55"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="56"/>
        <source>Ser&amp;vice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="57"/>
        <source>&amp;Tracking number</source>
        <translation>&amp;Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="58"/>
        <source>W&amp;eight</source>
        <translation>&amp;Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="59"/>
        <source>&amp;Parcels</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="77"/>
        <source>The order&apos;s open lines could not be read: %1</source>
        <translation>Die offenen Positionen der Bestellung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="83"/>
        <location filename="../ui/createshipmentdialog.cpp" line="152"/>
        <source>Nothing of this order is waiting to ship.</source>
        <translation>Von dieser Bestellung wartet nichts auf den Versand.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="157"/>
        <source>Put at least one item into the shipment.</source>
        <translation>Nehmen Sie mindestens einen Artikel in die Sendung auf.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="159"/>
        <source>Type or scan the tracking number from the label.</source>
        <translation>Geben Sie die Sendungsnummer vom Etikett ein oder scannen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CsvImportDialog</name>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="34"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="40"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="44"/>
        <source>Import Products from CSV</source>
        <translation>Produkte aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="53"/>
        <source>One row per variant, with the columns of a catalog export. Check reads the file and reports every row it would refuse without changing anything; Import then applies it, all or nothing.</source>
        <translation>Eine Zeile pro Variante, mit den Spalten eines Katalogexports. „Prüfen“ liest die Datei und meldet jede Zeile, die abgelehnt würde, ohne etwas zu ändern; „Importieren“ wendet sie dann an – ganz oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="58"/>
        <source>A .csv file</source>
        <translation>Eine .csv-Datei</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="59"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="69"/>
        <source>Rows refused</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="85"/>
        <source>Import Products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="86"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="166"/>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="170"/>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="175"/>
        <source>%1 is empty. Choose a CSV file with a header row and one row per variant.</source>
        <translation>%1 ist leer. Wählen Sie eine CSV-Datei mit einer Kopfzeile und einer Zeile pro Variante.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="197"/>
        <source>The file was not taken: %1</source>
        <translation>Die Datei wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="219"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="239"/>
        <source>Checked %L1 row(s): the import would create %L2 product(s), update %L3 and leave %L4 as they are.</source>
        <translation>%L1 Zeile(n) geprüft: Der Import würde %L2 Produkt(e) anlegen, %L3 aktualisieren und %L4 unverändert lassen.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="241"/>
        <source>Imported %L1 row(s): %L2 product(s) created, %L3 updated, %L4 left as they were.</source>
        <translation>%L1 Zeile(n) importiert: %L2 Produkt(e) angelegt, %L3 aktualisiert, %L4 unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="247"/>
        <source>%L1 row(s) refused, listed below by line; correct them and check again.</source>
        <translation>%L1 Zeile(n) abgelehnt, unten nach Zeilen aufgeführt; korrigieren Sie sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="249"/>
        <source>The first %L1 are listed.</source>
        <translation>Die ersten %L1 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="251"/>
        <source>Nothing would be refused: choose Import to apply it.</source>
        <translation>Nichts würde abgelehnt: Wählen Sie „Importieren“, um es anzuwenden.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomerReturnsModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="169"/>
        <source>Open</source>
        <extracomment>A return whose goods have not arrived yet.</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="171"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="173"/>
        <location filename="../ui/customersmodel.cpp" line="236"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="175"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="228"/>
        <source>Return</source>
        <extracomment>The number of a return.</extracomment>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="230"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="234"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="238"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="240"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="90"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="92"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="96"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersView</name>
    <message>
        <location filename="../ui/customersview.cpp" line="67"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="80"/>
        <source>A&amp;dd note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="82"/>
        <location filename="../ui/customersview.cpp" line="96"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="89"/>
        <source>Name, email or order number…</source>
        <translation>Name, E-Mail oder Bestellnummer …</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="91"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="137"/>
        <location filename="../ui/customersview.cpp" line="140"/>
        <location filename="../ui/customersview.cpp" line="470"/>
        <source>Orders per month</source>
        <translation>Bestellungen pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="145"/>
        <source>The customer&apos;s orders</source>
        <translation>Bestellungen des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="150"/>
        <source>Enter or a double-click opens the order.</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet die Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="154"/>
        <source>The refunds of the customer&apos;s orders</source>
        <translation>Die Erstattungen zu den Bestellungen der Kundschaft</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="158"/>
        <source>Enter or a double-click opens the refunded order.</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet die erstattete Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="162"/>
        <source>The returns of the customer&apos;s orders</source>
        <translation>Die Rücksendungen zu den Bestellungen der Kundschaft</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="165"/>
        <source>Enter or a double-click opens the returned order.</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet die zurückgesendete Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="169"/>
        <source>Re&amp;funds</source>
        <translation>&amp;Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="170"/>
        <source>Re&amp;turns</source>
        <translation>&amp;Rücksendungen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="173"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="176"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="177"/>
        <source>A note for the team about this customer (Ctrl+Enter adds it)…</source>
        <translation>Eine Notiz für das Team zu diesem Kunden (Strg+Eingabetaste fügt sie hinzu) …</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="434"/>
        <source>Lifetime value: %1 net, %2 refunded</source>
        <extracomment>%1 is the net lifetime value (after refunds), %2 what refunds gave back.</extracomment>
        <translation>Kundenwert: %1 netto, %2 erstattet</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="168"/>
        <source>O&amp;rders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="194"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="393"/>
        <source>The customer could not be loaded: %1</source>
        <translation>Der Kunde konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="421"/>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="422"/>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="424"/>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="428"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="439"/>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="441"/>
        <source>First order %1, last %2</source>
        <translation>Erste Bestellung %1, letzte %2</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="455"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>No addresses on file.</source>
        <translation>Keine Adressen hinterlegt.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>Addresses:
%1</source>
        <translation>Adressen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="466"/>
        <source>Orders per month: no orders yet</source>
        <translation>Bestellungen pro Monat: noch keine Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="471"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="511"/>
        <source>The notes could not be loaded: %1</source>
        <translation>Die Notizen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="519"/>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="541"/>
        <source>The note was not added: %1</source>
        <translation>Die Notiz wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="580"/>
        <source>Choose a customer</source>
        <translation>Wählen Sie einen Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n Kunde angezeigt</numerusform>
            <numerusform>%n Kunden angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardChart</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="150"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="115"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="117"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="119"/>
        <source>Fulfilling</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="121"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="123"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="125"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="202"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="210"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="211"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="212"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="213"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="224"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="227"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="229"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="247"/>
        <source>SKUs low on stock</source>
        <translation>Artikel mit niedrigem Bestand</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="248"/>
        <source>Orders late to ship</source>
        <translation>Verspätete Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="249"/>
        <source>Refunds awaiting approval</source>
        <translation>Erstattungen mit ausstehender Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="250"/>
        <source>Failed checkouts</source>
        <translation>Fehlgeschlagene Checkouts</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="251"/>
        <source>Undelivered webhooks</source>
        <translation>Nicht zugestellte Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="257"/>
        <source>—
%1</source>
        <translation>—
%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="277"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="277"/>
        <source>No sales in this period yet. Orders will show here as they come in.</source>
        <translation>In diesem Zeitraum noch keine Verkäufe. Bestellungen erscheinen hier, sobald sie eingehen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>Orders placed in the period, by state</source>
        <translation>Im Zeitraum aufgegebene Bestellungen nach Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>No orders in this period yet.</source>
        <translation>In diesem Zeitraum noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Top products by revenue</source>
        <translation>Umsatzstärkste Produkte</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Nothing sold in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch nichts verkauft.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>Refunds by reason</source>
        <translation>Erstattungen nach Grund</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>No refunds in this period. Good news!</source>
        <translation>Keine Erstattungen in diesem Zeitraum. Gute Nachrichten!</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>Stock value by warehouse</source>
        <translation>Bestandswert nach Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>No stock on hand yet.</source>
        <translation>Noch kein Bestand vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="307"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="315"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="316"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="317"/>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Database schema:</source>
        <translation>Datenbankschema:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="319"/>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="320"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="322"/>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="324"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="403"/>
        <source>Your role does not include reports; ask an administrator for reports:read to see the shop&apos;s figures here.</source>
        <translation>Ihre Rolle umfasst keine Berichte; bitten Sie eine Administratorin oder einen Administrator um reports:read, um die Zahlen des Shops hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="532"/>
        <source>Could not read the reports: %1</source>
        <translation>Die Berichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="558"/>
        <source> (%1% on the previous period)</source>
        <translation> (%1 % gegenüber dem Vorzeitraum)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="560"/>
        <source>Gross %1 · net %2 · orders: %3 · average order %4 — previous period: gross %5%6</source>
        <translation>Brutto %1 · netto %2 · Bestellungen: %3 · durchschnittliche Bestellung %4 — Vorzeitraum: brutto %5%6</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="574"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="636"/>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="714"/>
        <source>Confirmed orders not shipped within %1 days; click to list them.</source>
        <translation>Bestätigte Bestellungen, die nicht innerhalb von %1 Tagen versandt wurden; klicken Sie, um sie aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="716"/>
        <source>Click to see them.</source>
        <translation>Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="722"/>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="723"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="727"/>
        <source>Could not write %1; choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="734"/>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="735"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="751"/>
        <source>There is nothing to export yet; wait until the chart has been read.</source>
        <translation>Es gibt noch nichts zu exportieren; warten Sie, bis das Diagramm geladen ist.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="760"/>
        <source>Could not export the data: %1</source>
        <translation>Die Daten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="765"/>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="382"/>
        <source>—</source>
        <comment>no value known</comment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="383"/>
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
    <name>Backroom::Ui::JobWatcher</name>
    <message>
        <location filename="../ui/jobwatcher.cpp" line="84"/>
        <source>The progress of job %1 could not be read: %2
The job goes on on the server; reload the catalog later to see its outcome.</source>
        <translation>Der Fortschritt von Auftrag %1 konnte nicht gelesen werden: %2
Der Auftrag läuft auf dem Server weiter; laden Sie den Katalog später neu, um das Ergebnis zu sehen.</translation>
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
    <name>Backroom::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="33"/>
        <source>S&amp;tay signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="37"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In to Backroom</source>
        <translation>Bei Backroom anmelden</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="44"/>
        <source>Sign in again to continue. Everything open in the window stays as it is, and what was waiting for the server is sent once you are signed in.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren. Alles, was im Fenster geöffnet ist, bleibt unverändert, und was auf den Server gewartet hat, wird gesendet, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="46"/>
        <source>Sign in with the staff account your administrator gave you.</source>
        <translation>Melden Sie sich mit dem Mitarbeiterkonto an, das Sie von Ihrer Administration erhalten haben.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="61"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="67"/>
        <source>Keeps the sign-in in your system keychain, so Backroom does not ask for the password at the next start. Never stored anywhere else.</source>
        <translation>Bewahrt die Anmeldung im Schlüsselbund Ihres Systems auf, damit Backroom beim nächsten Start nicht nach dem Passwort fragt. Sie wird nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="71"/>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="83"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="85"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="95"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="164"/>
        <source>This program keeps no sign-in: it has no access to a system keychain.</source>
        <translation>Dieses Programm merkt sich keine Anmeldung: Es hat keinen Zugriff auf einen Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="204"/>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="205"/>
        <source>“%1” is not an email address. Enter it as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie sie in der Form name@example.com ein.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="210"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="252"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="272"/>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LowStockModel</name>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="109"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="111"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="113"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="115"/>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="117"/>
        <source>Reorder quantity</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="119"/>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="121"/>
        <source>Reorder by</source>
        <translation>Bestellen bis</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Produkte, Varianten, Kategorien, Preise und Aktionen: anlegen und bearbeiten, viele auf einmal ändern, als CSV importieren und exportieren und ihre Bilder verwalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Bestand je Lagerort: Wareneingang buchen, Bestand mit einem Scanfeld zählen und korrigieren, Bestand zwischen Lagerorten umlagern und auf Meldungen zu niedrigem Bestand reagieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Jede Bestellung schnell finden, ihren Verlauf lesen, sie stornieren sowie sie mit gedruckten Lieferscheinen kommissionieren, verpacken und versenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Teil- und Vollerstattungen, mit oder ohne Wiedereinlagerung, und der Stand jeder einzelnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Sendungen und ihre Sendungsverfolgung, wie die Versanddienstleister sie melden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Kundinnen und Kunden und der Verlauf ihrer Bestellungen, Erstattungen und Sendungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Benutzer und Rollen, Lagerorte, Webhooks und das Prüfprotokoll, wer was geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Sign in to see the areas your account may use.</source>
        <translation>Melden Sie sich an, um die Bereiche zu sehen, die Ihr Konto verwenden darf.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Session ended for %1: sign in again</source>
        <translation>Sitzung für %1 beendet: bitte erneut anmelden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Not signed in: what was waiting for the server was not sent. Choose File › Sign In… to continue.</source>
        <translation>Nicht angemeldet: Was auf den Server gewartet hat, wurde nicht gesendet. Wählen Sie Datei › Anmelden …, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>Your session has ended.</source>
        <translation>Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Check Server &amp;Now</source>
        <translation>Server &amp;jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;About Backroom</source>
        <translation>&amp;Über Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>About Backroom</source>
        <translation>Über Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;Das Backoffice für Onlineshops: Katalog, Lager, Bestellungen, Erstattungen und Sendungen.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NewUserDialog</name>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="34"/>
        <source>New Staff Account</source>
        <translation>Neues Mitarbeiterkonto</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="38"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="42"/>
        <source>Give it to the person in a safe way; they cannot see it anywhere in Backroom.</source>
        <translation>Geben Sie es der Person auf sicherem Weg weiter; sie kann es in Backroom nirgends einsehen.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="45"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="55"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="74"/>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="104"/>
        <source>Enter the email address the person signs in with, e.g. name@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der sich die Person anmeldet, z. B. name@example.com.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="108"/>
        <source>Enter the person&apos;s name, as colleagues should see it.</source>
        <translation>Geben Sie den Namen der Person ein, wie Kolleginnen und Kollegen ihn sehen sollen.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="112"/>
        <source>Enter a first password for the account.</source>
        <translation>Geben Sie ein erstes Passwort für das Konto ein.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="121"/>
        <source>Tick at least one role: it decides what the account may use.</source>
        <translation>Wählen Sie mindestens eine Rolle: Sie bestimmt, was das Konto verwenden darf.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsModel</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="68"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="70"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="72"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="74"/>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="78"/>
        <source>Order confirmation</source>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="80"/>
        <source>Shipment sent</source>
        <translation>Versandbestätigung</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="82"/>
        <source>Delivered</source>
        <translation>Bestellung zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="84"/>
        <source>Refund issued</source>
        <translation>Erstattung veranlasst</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="86"/>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="88"/>
        <source>Checkout undone</source>
        <translation>Checkout rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="106"/>
        <source>Queued at</source>
        <translation>Eingereiht am</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="110"/>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="112"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="114"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="116"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsView</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="150"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="151"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="155"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="156"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="157"/>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="158"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="161"/>
        <source>Send the selected mail again now</source>
        <translation>Die ausgewählte E-Mail jetzt erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="177"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="229"/>
        <source>The mail to %1 is queued to be sent again.</source>
        <translation>Die E-Mail an %1 ist zum erneuten Senden eingereiht.</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="235"/>
        <source>Could not retry the mail to %1: %2</source>
        <translation>Die E-Mail an %1 konnte nicht erneut gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrderBoard</name>
    <message>
        <location filename="../ui/orderboard.cpp" line="160"/>
        <source>%1 (%2)</source>
        <extracomment>A column of the order board: its status and how many orders are in it, e.g. &quot;Pending (12)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrderDetailDialog</name>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="56"/>
        <source>As shipping</source>
        <translation>Wie Lieferadresse</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="97"/>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="99"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="101"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="105"/>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="107"/>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="110"/>
        <source>%1 → %2</source>
        <extracomment>A status change in an order&apos;s timeline, e.g. &quot;Pending → Cancelled&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="128"/>
        <source>Open, waiting for the goods</source>
        <translation>Offen, Ware steht noch aus</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="130"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="132"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="134"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Warehouse</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="194"/>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="197"/>
        <source>Confir&amp;m Order</source>
        <translation>Bestellung bestät&amp;igen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="198"/>
        <source>Mark &amp;Picked</source>
        <translation>Als &amp;kommissioniert markieren</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="199"/>
        <source>Mark Pac&amp;ked</source>
        <translation>Als ver&amp;packt markieren</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="200"/>
        <source>&amp;Cancel Order…</source>
        <translation>Bestellung &amp;stornieren …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="201"/>
        <source>Re&amp;fund…</source>
        <translation>E&amp;rstatten …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Opened</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="204"/>
        <source>Open &amp;Return…</source>
        <translation>Rücksendung anle&amp;gen …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="205"/>
        <source>Recei&amp;ve…</source>
        <translation>Eingang er&amp;fassen …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="206"/>
        <source>Refund Ret&amp;urn…</source>
        <translation>Rücksend&amp;ung erstatten …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="207"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="210"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="232"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="233"/>
        <source>Ships to:</source>
        <translation>Lieferung an:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="234"/>
        <source>Bills to:</source>
        <translation>Rechnung an:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="248"/>
        <source>A note for the team, which the customer does not see; Ctrl+Enter adds it</source>
        <translation>Eine Notiz für das Team, die für die Kundschaft nicht sichtbar ist; Strg+Eingabetaste fügt sie hinzu</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="261"/>
        <source>&amp;Order</source>
        <translation>&amp;Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="262"/>
        <source>&amp;Stock</source>
        <translation>Bes&amp;tand</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="263"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="264"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="265"/>
        <source>Re&amp;funds</source>
        <translation>&amp;Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="280"/>
        <source>Retur&amp;ns</source>
        <translation>Rü&amp;cksendungen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="282"/>
        <source>S&amp;hipments</source>
        <translation>Sen&amp;dungen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="296"/>
        <source>Create &amp;Shipment…</source>
        <translation>Sendung &amp;anlegen …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="432"/>
        <source>Refund of %1: %2.</source>
        <translation>Erstattung über %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="463"/>
        <source>The order could not be loaded: %1</source>
        <translation>Die Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="479"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="480"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="482"/>
        <source>Placed %1 · Payment reference: %2</source>
        <translation>Aufgegeben am %1 · Zahlungsreferenz: %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="483"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="486"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="515"/>
        <source>Subtotal: %1
Discount: %2
Shipping: %3
Tax (included): %4
Total: %5</source>
        <translation>Zwischensumme: %1
Rabatt: %2
Versand: %3
Steuer (enthalten): %4
Gesamt: %5</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="522"/>
        <source>Fees: %1</source>
        <translation>Gebühren: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="564"/>
        <source>%1 × %2</source>
        <extracomment>A line of a return: the SKU and how many come back, e.g. &quot;MUG-1 × 2&quot;.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="567"/>
        <source>(%1 received, %2, %3)</source>
        <extracomment>After a return line: how many arrived, their condition and where they went.</extracomment>
        <translation>(%1 eingegangen, %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="584"/>
        <source>No stock is reserved for this order.</source>
        <translation>Für diese Bestellung ist kein Bestand reserviert.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="586"/>
        <source>Your account may not see stock, so where this order&apos;s stock is held is not shown. The warehouse and support roles may see it.</source>
        <translation>Ihr Konto darf den Bestand nicht sehen, daher wird nicht angezeigt, wo der Bestand für diese Bestellung liegt. Die Rollen Lagerpersonal und Kundendienst dürfen ihn sehen.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="600"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="607"/>
        <source>The stock allocation could not be loaded: %1</source>
        <translation>Die Bestandszuteilung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="613"/>
        <source>Reserved until %1.</source>
        <translation>Reserviert bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="615"/>
        <source>Allocated: the warehouses set this stock aside for the order.</source>
        <translation>Zugeteilt: Die Lagerorte haben diesen Bestand für die Bestellung zurückgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="617"/>
        <source>Released: this stock went back to the shelves.</source>
        <translation>Freigegeben: Dieser Bestand liegt wieder im Regal.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="619"/>
        <source>Expired: the reservation ran out before it was allocated.</source>
        <translation>Abgelaufen: Die Reservierung endete, bevor der Bestand zugeteilt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="652"/>
        <source>Cancel Order %1</source>
        <translation>Bestellung %1 stornieren</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="658"/>
        <source>Why the order is cancelled, for the timeline (e.g. the customer asked by phone)</source>
        <translation>Warum die Bestellung storniert wird, für den Verlauf (z. B. telefonischer Wunsch der Kundschaft)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="659"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="663"/>
        <source>Cancelling releases the stock held for the order.</source>
        <translation>Beim Stornieren wird der für die Bestellung reservierte Bestand freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="666"/>
        <source>Cancel &amp;Order</source>
        <translation>Bestellung &amp;stornieren</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="669"/>
        <source>&amp;Keep Order</source>
        <translation>Bestellung &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="680"/>
        <source>Say why the order is cancelled; the reason goes into its timeline.</source>
        <translation>Geben Sie an, warum die Bestellung storniert wird; der Grund wird in ihren Verlauf eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="735"/>
        <source>Someone else changed this order meanwhile, so nothing was done. It has been reloaded: check it and act again.</source>
        <translation>Jemand anderes hat diese Bestellung inzwischen geändert; daher wurde nichts ausgeführt. Sie wurde neu geladen: Prüfen Sie sie und führen Sie die Aktion erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="817"/>
        <source>Open a Return for Order %1</source>
        <translation>Rücksendung für Bestellung %1 anlegen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="818"/>
        <source>Choose how many of each line the customer sends back. The goods are received later (Receive…); the money goes back when the return is refunded.</source>
        <translation>Wählen Sie, wie viele Einheiten jeder Position die Kundschaft zurückschickt. Der Wareneingang wird später erfasst (Eingang erfassen …); das Geld fließt zurück, wenn die Rücksendung erstattet wird.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Returning</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>&amp;Open Return</source>
        <translation>Rücksendung &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="831"/>
        <source>Quantity of %1 returning</source>
        <translation>Rücksendemenge von %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="837"/>
        <source>Why it comes back, for the team (optional)</source>
        <translation>Warum die Ware zurückkommt, für das Team (optional)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="847"/>
        <source>Choose at least one line and how many of it come back.</source>
        <translation>Wählen Sie mindestens eine Position und wie viele Einheiten davon zurückkommen.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="855"/>
        <source>The return is open; receive the goods when they arrive.</source>
        <translation>Die Rücksendung ist angelegt; erfassen Sie den Eingang, wenn die Ware ankommt.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="869"/>
        <source>Receive Return %1</source>
        <translation>Eingang der Rücksendung %1 erfassen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="870"/>
        <source>Count what arrived. Sellable goods go back into the warehouse chosen; damaged goods are not restocked.</source>
        <translation>Zählen Sie, was angekommen ist. Verkaufsfähige Ware kommt zurück in den gewählten Lagerort; beschädigte Ware wird nicht wieder eingelagert.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>&amp;Receive</source>
        <translation>Eingang &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="886"/>
        <source>Sellable</source>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="887"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="899"/>
        <source>The warehouses could not be loaded, so sellable goods cannot be put back: %1</source>
        <translation>Die Lagerorte konnten nicht geladen werden, daher kann verkaufsfähige Ware nicht wieder eingelagert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="909"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="930"/>
        <source>Enter how many of at least one line arrived.</source>
        <translation>Geben Sie für mindestens eine Position an, wie viele Einheiten angekommen sind.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="935"/>
        <source>Return %1 received.</source>
        <translation>Rücksendung %1 eingegangen.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="950"/>
        <source>Refund Return %1</source>
        <translation>Rücksendung %1 erstatten</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="951"/>
        <source>Refunds what arrived, line by line, to the order&apos;s payment.</source>
        <translation>Erstattet, was angekommen ist, Position für Position auf die Zahlung der Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="952"/>
        <source>The goods have not arrived yet: this refunds the lines of the return before they do.</source>
        <translation>Die Ware ist noch nicht angekommen: Damit werden die Positionen der Rücksendung schon vorher erstattet.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="968"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="973"/>
        <source>Return %1 refunded.</source>
        <translation>Rücksendung %1 erstattet.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrdersModel</name>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="147"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="149"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="151"/>
        <source>Fulfilling</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="153"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="155"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="157"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="172"/>
        <source>%1: picked</source>
        <extracomment>An order&apos;s status and its fulfilment step, e.g. &quot;Fulfilling: picked&quot;.</extracomment>
        <translation>%1: kommissioniert</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="174"/>
        <source>%1: packed</source>
        <translation>%1: verpackt</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="193"/>
        <source>%1 · %2
%3 · %4</source>
        <extracomment>A card of the order board: number and customer, then total and placing time.</extracomment>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="209"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="223"/>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>Customer name and email in the order list.</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="241"/>
        <location filename="../ui/ordersmodel.cpp" line="244"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="246"/>
        <source>Placed</source>
        <translation>Aufgegeben am</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="248"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="250"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="252"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrdersView</name>
    <message>
        <location filename="../ui/ordersview.cpp" line="61"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="63"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="66"/>
        <source>Sa&amp;ve View…</source>
        <translation>Ansicht sp&amp;eichern …</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="67"/>
        <source>&amp;Delete View</source>
        <translation>Ansicht lösc&amp;hen</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="74"/>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="78"/>
        <location filename="../ui/ordersview.cpp" line="158"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="86"/>
        <source>Order number, email or name…</source>
        <translation>Bestellnummer, E-Mail oder Name …</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="88"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="91"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="94"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="97"/>
        <source>Any SKU</source>
        <translation>Jede Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="99"/>
        <source>Orders with a line of this SKU (exactly, in any case).</source>
        <translation>Bestellungen mit einer Position genau dieser Artikelnummer (Groß-/Kleinschreibung wird ignoriert).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="100"/>
        <source>S&amp;KU:</source>
        <translation>Arti&amp;kelnummer:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="103"/>
        <source>e.g. 10-50</source>
        <translation>z. B. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="105"/>
        <source>The order total, from-to in the shop&apos;s currency; leave either end open (&quot;50-&quot;, &quot;-20&quot;).</source>
        <translation>Der Gesamtbetrag der Bestellung, von-bis in der Währung des Shops; jedes Ende darf offen bleiben („50-“, „-20“).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="106"/>
        <source>T&amp;otal:</source>
        <translation>&amp;Gesamtbetrag:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="116"/>
        <source>Placed on or after</source>
        <translation>Aufgegeben frühestens am</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="118"/>
        <source>Placed on or before</source>
        <translation>Aufgegeben spätestens am</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="121"/>
        <source>Vie&amp;w:</source>
        <translation>Ans&amp;icht:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="179"/>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="180"/>
        <source>Boa&amp;rd</source>
        <translation>Ta&amp;fel</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="397"/>
        <source>The total range is not valid: write it as from-to in the shop&apos;s currency, e.g. 10-50, 50- or -20.50.</source>
        <translation>Der Betragsbereich ist ungültig: Schreiben Sie ihn als von-bis in der Währung des Shops, z. B. 10-50, 50- oder -20.50.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="441"/>
        <source>Your account may not see orders. An administrator can give it the support role.</source>
        <translation>Ihr Konto darf keine Bestellungen sehen. Eine Administratorin oder ein Administrator kann ihm die Rolle Kundendienst geben.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="445"/>
        <source>The orders could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Die Bestellungen konnten nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="447"/>
        <source>The board could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Die Tafel konnte nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="452"/>
        <source>%n order(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n Bestellung angezeigt; weitere auf dem Server.</numerusform>
            <numerusform>%n Bestellungen angezeigt; weitere auf dem Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="453"/>
        <source>%n order(s).</source>
        <translation>
            <numerusform>%n Bestellung.</numerusform>
            <numerusform>%n Bestellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="462"/>
        <source>(filters as set)</source>
        <translation>(Filter wie eingestellt)</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="514"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="515"/>
        <source>Name of the view (the current filters are kept under it):</source>
        <translation>Name der Ansicht (die aktuellen Filter werden darunter gespeichert):</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductEditorDialog</name>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="86"/>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Neu laden (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="87"/>
        <source>&amp;Keep Mine and Re-apply</source>
        <translation>Meine beh&amp;alten und neu anwenden</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="123"/>
        <source>Someone else changed this product since you opened it, so your changes were not saved. Reload shows their version and discards your edits; Keep Mine loads their version and applies your edits to it, for you to check and save again.</source>
        <translation>Jemand anderes hat dieses Produkt geändert, seit Sie es geöffnet haben; Ihre Änderungen wurden daher nicht gespeichert. „Neu laden“ zeigt die andere Fassung und verwirft Ihre Änderungen; „Meine behalten“ lädt die andere Fassung und wendet Ihre Änderungen darauf an, damit Sie sie prüfen und erneut speichern.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="147"/>
        <source>Draft (not for sale)</source>
        <translation>Entwurf (nicht im Verkauf)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="150"/>
        <source>Active (on sale)</source>
        <translation>Aktiv (im Verkauf)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="153"/>
        <source>Archived (no longer sold)</source>
        <translation>Archiviert (nicht mehr verkauft)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="160"/>
        <source>Every variant of a product is priced in this currency.</source>
        <translation>Alle Varianten eines Produkts haben ihren Preis in dieser Währung.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="170"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="171"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="172"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="173"/>
        <source>Curre&amp;ncy:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="194"/>
        <location filename="../ui/producteditordialog.cpp" line="587"/>
        <source>Specifications</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Barcode</source>
        <translation>Strichcode</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Compare-at Price</source>
        <translation>Vergleichspreis</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="199"/>
        <source>name=value pairs separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>Paare name=wert, durch Semikolons getrennt, z. B. größe=M; farbe=Rot</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="200"/>
        <source>EAN-8, UPC-A, EAN-13 or GTIN-14 digits with their check digit; empty for none</source>
        <translation>Ziffern einer EAN-8, UPC-A, EAN-13 oder GTIN-14 mit Prüfziffer; leer für keinen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="201"/>
        <source>In the currency&apos;s major units, e.g. 12.99</source>
        <translation>In Haupteinheiten der Währung, z. B. 12.99</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="202"/>
        <source>The price before a reduction, above the price; empty for none</source>
        <translation>Der Preis vor einer Reduzierung, höher als der Preis; leer für keinen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="203"/>
        <location filename="../ui/producteditordialog.cpp" line="612"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="210"/>
        <source>S&amp;pecifications</source>
        <translation>&amp;Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="212"/>
        <source>&amp;Add Specification</source>
        <translation>Merkmal &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="214"/>
        <source>Re&amp;move Specification</source>
        <translation>Merkmal ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="222"/>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="224"/>
        <source>Add Var&amp;iant</source>
        <translation>Variante h&amp;inzufügen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="226"/>
        <source>R&amp;emove Variant</source>
        <translation>Variante &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="261"/>
        <source>Ima&amp;ges</source>
        <translation>Bil&amp;der</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="265"/>
        <source>Bought together</source>
        <translation>Zusammen gekauft</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="308"/>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="315"/>
        <source>Edit Product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="335"/>
        <source>This product no longer exists. Close the editor and reload the list.</source>
        <translation>Dieses Produkt gibt es nicht mehr. Schließen Sie den Editor und laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="336"/>
        <source>The product could not be loaded: %1
Close the editor and open it again to retry.</source>
        <translation>Das Produkt konnte nicht geladen werden: %1
Schließen Sie den Editor und öffnen Sie ihn erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="363"/>
        <source>Edit Product – %1</source>
        <translation>Produkt bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="395"/>
        <source>(No category)</source>
        <translation>(Keine Kategorie)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="406"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="492"/>
        <source>gives the name “%1” a second time; give each name once</source>
        <translation>nennt den Namen „%1“ ein zweites Mal; geben Sie jeden Namen nur einmal an</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="513"/>
        <source>“%1” is not an amount in %2; write it like %3</source>
        <translation>„%1“ ist kein Betrag in %2; schreiben Sie ihn wie %3</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="539"/>
        <source>write options as name=value, separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>schreiben Sie Optionen als name=wert, durch Semikolons getrennt, z. B. größe=M; farbe=Rot</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="561"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="563"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="565"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="567"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="572"/>
        <location filename="../ui/producteditordialog.cpp" line="581"/>
        <location filename="../ui/producteditordialog.cpp" line="584"/>
        <source>Specification “%1”</source>
        <translation>Merkmal „%1“</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="594"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="596"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="608"/>
        <source>Variant %1 · %2</source>
        <extracomment>A cell of the variants table, e.g. &quot;Variant 2 · Price&quot;.</extracomment>
        <translation>Variante %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="660"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="681"/>
        <source>Nothing was saved. Correct these fields, then choose Save again:
%1</source>
        <translation>Es wurde nichts gespeichert. Korrigieren Sie diese Felder und wählen Sie dann erneut „Speichern“:
%1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="770"/>
        <source>The server did not save the product: %1</source>
        <translation>Der Server hat das Produkt nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="790"/>
        <source>This is the current version (%1), with the other changes; your edits were discarded.</source>
        <translation>Dies ist die aktuelle Fassung (%1) mit den anderen Änderungen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="813"/>
        <source>Your edits are now applied to the current version (%1). Check them and choose Save.</source>
        <translation>Ihre Änderungen sind jetzt auf die aktuelle Fassung (%1) angewendet. Prüfen Sie sie und wählen Sie „Speichern“.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="820"/>
        <source>You both changed: %1; your values are kept.</source>
        <extracomment>%1 lists fields, e.g. &quot;Title, Description&quot;.</extracomment>
        <translation>Sie beide haben geändert: %1; Ihre Werte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="820"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductImagesPanel</name>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="82"/>
        <source>Add Image &amp;Files…</source>
        <translation>Bilddateien hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="83"/>
        <source>Rem&amp;ove Image</source>
        <translation>Bild entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="84"/>
        <source>Move Earlier</source>
        <translation>Nach vorne</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="85"/>
        <source>Move Later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="88"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="107"/>
        <source>Drop PNG, JPEG or WebP files here to add them; drag a picture to change the order.</source>
        <translation>PNG-, JPEG- oder WebP-Dateien hier ablegen, um sie hinzuzufügen; ein Bild ziehen, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="111"/>
        <source>Images can be added once the product has been saved for the first time.</source>
        <translation>Bilder können hinzugefügt werden, sobald das Produkt zum ersten Mal gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="133"/>
        <source>Moves the selected picture one place earlier (Ctrl+Left in the list).</source>
        <translation>Rückt das gewählte Bild um eine Stelle nach vorne (Strg+Links in der Liste).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="134"/>
        <source>Moves the selected picture one place later (Ctrl+Right in the list).</source>
        <translation>Rückt das gewählte Bild um eine Stelle nach hinten (Strg+Rechts in der Liste).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="163"/>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="164"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="210"/>
        <source>%1 × %2 pixels, %3 (%4)</source>
        <translation>%1 × %2 Pixel, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="215"/>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="247"/>
        <source>Save the product first; images can be added after that.</source>
        <translation>Speichern Sie das Produkt zuerst; danach können Bilder hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="256"/>
        <source>%1 is %2; an image may be at most %3. Make it smaller and add it again.</source>
        <translation>%1 ist %2 groß; ein Bild darf höchstens %3 groß sein. Verkleinern Sie es und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="263"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="269"/>
        <source>%1 is not a PNG, JPEG or WebP picture of at most %2 × %2 pixels, whatever its name says; choose another file.</source>
        <translation>%1 ist kein PNG-, JPEG- oder WebP-Bild von höchstens %2 × %2 Pixeln, was auch immer sein Name sagt; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="316"/>
        <source>%1 was not added</source>
        <translation>%1 wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="318"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="337"/>
        <source>The image was not removed</source>
        <translation>Das Bild wurde nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="367"/>
        <source>The new order was not saved</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="385"/>
        <source>%1: someone else changed this product since you opened it. Close the editor, open the product again and retry.</source>
        <translation>%1: Jemand anderes hat dieses Produkt geändert, seit Sie es geöffnet haben. Schließen Sie den Editor, öffnen Sie das Produkt erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="392"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductsModel</name>
    <message>
        <location filename="../ui/productsmodel.cpp" line="67"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="69"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="71"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="100"/>
        <source>%1 – %2</source>
        <extracomment>A price range, e.g. &quot;9.99 – 12.99 GBP&quot;; %1 is the lowest amount, %2 the highest with its currency.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="132"/>
        <source>In no category</source>
        <translation>In keiner Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="133"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="153"/>
        <source>Sorting orders the products loaded so far; the server lists them oldest first.</source>
        <translation>Das Sortieren ordnet die bisher geladenen Produkte; der Server liefert sie älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="158"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="160"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="162"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="166"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="168"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundDialog</name>
    <message>
        <location filename="../ui/refunddialog.cpp" line="64"/>
        <source>Refund Order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="68"/>
        <source>Up to %1 can still be refunded to the payment %2.</source>
        <translation>Bis zu %1 können noch auf die Zahlung %2 erstattet werden.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Restock into</source>
        <translation>Wiedereinlagern in</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="94"/>
        <location filename="../ui/refunddialog.cpp" line="270"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="103"/>
        <source>Do not restock</source>
        <translation>Nicht wiedereinlagern</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="126"/>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="132"/>
        <source>&amp;Shipping:</source>
        <translation>&amp;Versand:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="133"/>
        <source>&amp;Goodwill:</source>
        <translation>&amp;Kulanz:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="134"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="135"/>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="218"/>
        <source>Choose lines, shipping or a goodwill amount to refund.</source>
        <translation>Wählen Sie Positionen, Versandkosten oder einen Kulanzbetrag zur Erstattung.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="237"/>
        <source>Refund %1 (tax %2) to the payment; %3 remains refundable after it.</source>
        <translation>%1 (Steuer %2) auf die Zahlung erstatten; danach bleiben %3 erstattbar.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="241"/>
        <source>Above the approval limit: it waits until someone else approves it.</source>
        <translation>Über dem Genehmigungslimit: Die Erstattung wartet, bis eine andere Person sie genehmigt.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsModel</name>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="46"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="48"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="50"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="52"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="54"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="61"/>
        <source>Customer request</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="63"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="65"/>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="67"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="69"/>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="71"/>
        <source>Late delivery</source>
        <translation>Verspätete Lieferung</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="73"/>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="75"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="128"/>
        <source>Refund</source>
        <extracomment>The number of a refund.</extracomment>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="130"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="132"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="138"/>
        <source>Asked by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="140"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsView</name>
    <message>
        <location filename="../ui/refundsview.cpp" line="33"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="34"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="35"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="44"/>
        <source>A note for the decision (optional)</source>
        <translation>Eine Notiz zur Entscheidung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="53"/>
        <source>Awaiting approval</source>
        <translation>Warten auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="54"/>
        <source>Recent refunds</source>
        <translation>Letzte Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="60"/>
        <source>Refunds above the approval limit wait here until someone other than the person who asked approves or rejects them. Refund an order from its detail in Orders.</source>
        <translation>Erstattungen über dem Genehmigungslimit warten hier, bis eine andere Person als die anfordernde sie genehmigt oder ablehnt. Eine Bestellung erstatten Sie in ihrer Detailansicht unter „Bestellungen“.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="173"/>
        <source>Approved the refund of %1: %2.</source>
        <translation>Erstattung %1 genehmigt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="174"/>
        <source>Rejected the refund of %1.</source>
        <translation>Erstattung %1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RolesDialog</name>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="28"/>
        <source>Change Roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="29"/>
        <source>Roles of %1. What each role may do takes effect at the account&apos;s next sign-in or session renewal.</source>
        <translation>Rollen von %1. Was jede Rolle darf, gilt ab der nächsten Anmeldung oder Sitzungserneuerung des Kontos.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="53"/>
        <source>&amp;Save Roles</source>
        <translation>Rollen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="89"/>
        <source>Tick at least one role. To stop someone from signing in, disable the account instead.</source>
        <translation>Wählen Sie mindestens eine Rolle. Um jemanden an der Anmeldung zu hindern, deaktivieren Sie stattdessen das Konto.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="108"/>
        <source>The server changed the roles but did not send the account back. Reload the list to see it.</source>
        <translation>Der Server hat die Rollen geändert, das Konto aber nicht zurückgeschickt. Laden Sie die Liste neu, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagaMonitorView</name>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="74"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="82"/>
        <source>Re&amp;try…</source>
        <translation>&amp;Wiederholen …</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="83"/>
        <source>Co&amp;mpensate…</source>
        <translation>&amp;Kompensieren …</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="86"/>
        <source>Needing attention (running, compensating, failed)</source>
        <translation>Handlungsbedarf (laufend, kompensierend, fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="91"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="93"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="129"/>
        <source>Run the step under way (or the outstanding compensations) now instead of waiting for the next automatic attempt.</source>
        <translation>Den laufenden Schritt (oder die ausstehenden Kompensationen) jetzt ausführen, statt auf den nächsten automatischen Versuch zu warten.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="132"/>
        <source>Undo what the saga did: refund the payment, release the stock, cancel the order.</source>
        <translation>Rückgängig machen, was die Saga getan hat: Zahlung erstatten, Bestand freigeben, Bestellung stornieren.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="238"/>
        <source>Payment provider: unknown (%1)</source>
        <translation>Zahlungsanbieter: unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="246"/>
        <source>Payment provider: none configured; checkouts cannot take payments.</source>
        <translation>Zahlungsanbieter: keiner eingerichtet; Bestellungen können nicht bezahlt werden.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="248"/>
        <source>Payment provider: working (circuit closed).</source>
        <translation>Zahlungsanbieter: arbeitet (Schutzschalter geschlossen).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="250"/>
        <source>Payment provider: recovering; trial payments are let through (circuit half-open).</source>
        <translation>Zahlungsanbieter: erholt sich; Probezahlungen werden durchgelassen (Schutzschalter halb offen).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="252"/>
        <source>Payment provider: failing; checkouts are refused for %1 more seconds (circuit open).</source>
        <translation>Zahlungsanbieter: gestört; Bestellungen werden noch %1 Sekunden abgelehnt (Schutzschalter offen).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="256"/>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="320"/>
        <source>The sagas could not be loaded: %1
Reload to try again.</source>
        <translation>Die Sagas konnten nicht geladen werden: %1
Laden Sie neu, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="323"/>
        <source>Loading the sagas…</source>
        <translation>Sagas werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="325"/>
        <source>Sagas shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Angezeigte Sagas: %L1, neueste zuerst; scrollen Sie nach unten für ältere.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="327"/>
        <source>No sagas in this state.</source>
        <translation>Keine Sagas in diesem Status.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="329"/>
        <source>Sagas: %L1, newest first.</source>
        <translation>Sagas: %L1, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="360"/>
        <source>The saga could not be loaded: %1</source>
        <translation>Die Saga konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="376"/>
        <source>Select a saga to see its steps.</source>
        <translation>Wählen Sie eine Saga aus, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="381"/>
        <source>Loading the saga…</source>
        <translation>Saga wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="388"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="390"/>
        <source>Checkout %1: %2 at %3.</source>
        <translation>Checkout %1: %2 bei %3.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="393"/>
        <source>Order: %1. Reservation: %2. Charge: %3 (card ending %4).</source>
        <translation>Bestellung: %1. Reservierung: %2. Belastung: %3 (Karte endet auf %4).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="395"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="397"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sagamonitorview.cpp" line="399"/>
        <source>Waited %n time(s); next automatic attempt %1.</source>
        <translation>
            <numerusform>%n-mal gewartet; nächster automatischer Versuch %1.</numerusform>
            <numerusform>%n-mal gewartet; nächster automatischer Versuch %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="403"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="429"/>
        <source>Retry Saga</source>
        <translation>Saga wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="430"/>
        <source>Run checkout %1 on now? The step under way runs at once; a payment whose outcome is unknown is asked for, never charged again.</source>
        <translation>Checkout %1 jetzt fortsetzen? Der laufende Schritt wird sofort ausgeführt; eine Zahlung mit unbekanntem Ergebnis wird abgefragt, nie erneut belastet.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="435"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="449"/>
        <source>Compensate Saga</source>
        <translation>Saga kompensieren</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="452"/>
        <source>Undo checkout %1? Its order is cancelled, which releases the stock and refunds the payment. This cannot be reversed.</source>
        <translation>Checkout %1 rückgängig machen? Seine Bestellung wird storniert, wodurch der Bestand freigegeben und die Zahlung erstattet wird. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="455"/>
        <source>Undo checkout %1? Whatever it charged is refunded, the stock it holds is released, and the customer is told the checkout did not go through. This cannot be reversed.</source>
        <translation>Checkout %1 rückgängig machen? Alles Belastete wird erstattet, der reservierte Bestand wird freigegeben, und der Kunde wird informiert, dass der Checkout nicht abgeschlossen wurde. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="464"/>
        <source>Why (for the audit log and the order&apos;s timeline)</source>
        <translation>Warum (für das Prüfprotokoll und den Verlauf der Bestellung)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="465"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="469"/>
        <source>&amp;Compensate</source>
        <translation>&amp;Kompensieren</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="510"/>
        <source>The saga was not changed: %1</source>
        <translation>Die Saga wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="521"/>
        <source>Retried checkout %1; it is now: %2.</source>
        <translation>Checkout %1 wiederholt; Status jetzt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="522"/>
        <source>Compensated checkout %1; it is now: %2.</source>
        <translation>Checkout %1 kompensiert; Status jetzt: %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagasModel</name>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="69"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="71"/>
        <source>Compensating</source>
        <translation>Wird kompensiert</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="73"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="75"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="83"/>
        <location filename="../ui/sagasmodel.cpp" line="140"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="84"/>
        <source>Reserve inventory</source>
        <translation>Bestand reservieren</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="85"/>
        <source>Process payment</source>
        <translation>Zahlung abwickeln</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="86"/>
        <source>Create order</source>
        <translation>Bestellung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="87"/>
        <source>Send confirmation</source>
        <translation>Bestätigung senden</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="88"/>
        <source>Update analytics</source>
        <translation>Auswertungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="89"/>
        <source>Refund payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="90"/>
        <source>Release reservation</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="91"/>
        <source>Cancellation notice</source>
        <translation>Stornierungsmitteilung</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="92"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="144"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="146"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="148"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="150"/>
        <source>Waits</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="152"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanQueue</name>
    <message>
        <location filename="../ui/scanqueue.cpp" line="68"/>
        <source>The scan queue needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite). Install it and start Backroom again.</source>
        <translation>Die Scan-Warteschlange braucht den SQLite-Treiber von Qt, der nicht installiert ist (Debian: libqt6sql6-sqlite). Installieren Sie ihn und starten Sie Backroom erneut.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="74"/>
        <source>The folder %1 for the scan queue could not be created. Check its permissions.</source>
        <translation>Der Ordner %1 für die Scan-Warteschlange konnte nicht angelegt werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="81"/>
        <source>The scan queue %1 could not be opened: %2</source>
        <translation>Die Scan-Warteschlange %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="99"/>
        <source>The scan queue %1 could not be prepared: %2. It may belong to another program; move it away and start Backroom again.</source>
        <translation>Die Scan-Warteschlange %1 konnte nicht vorbereitet werden: %2. Sie gehört womöglich zu einem anderen Programm; verschieben Sie sie an einen anderen Ort und starten Sie Backroom erneut.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="129"/>
        <source>Scan a barcode or type a SKU.</source>
        <translation>Scannen Sie einen Strichcode oder geben Sie eine Artikelnummer ein.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="131"/>
        <source>Choose the warehouse first.</source>
        <translation>Wählen Sie zuerst den Lagerort.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="133"/>
        <source>Enter how many units arrived: 1 or more.</source>
        <translation>Geben Sie ein, wie viele Einheiten eingegangen sind: 1 oder mehr.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="135"/>
        <source>Enter the counted quantity: 0 or more.</source>
        <translation>Geben Sie die gezählte Menge ein: 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="159"/>
        <source>The scan could not be stored in %1: %2. It was not taken; check the disk and scan again.</source>
        <translation>Der Scan konnte nicht in %1 gespeichert werden: %2. Er wurde nicht übernommen; prüfen Sie die Festplatte und scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="302"/>
        <source>Scan station, scanned %1</source>
        <translation>Scanstation, gescannt am %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanStationView</name>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Receive</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="62"/>
        <source>&amp;Dismiss Refused Scan</source>
        <translation>Abgelehnten Scan &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="65"/>
        <source>Receive goods</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="66"/>
        <source>Count stock</source>
        <translation>Bestand zählen</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="69"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Strichcode scannen oder Artikelnummer eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="88"/>
        <source>Scans waiting or refused</source>
        <translation>Wartende oder abgelehnte Scans</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Warehouse</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Why refused</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="97"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="98"/>
        <source>&amp;Warehouse:</source>
        <translation>Lager&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="99"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="100"/>
        <source>&amp;Quantity:</source>
        <translation>Me&amp;nge:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="130"/>
        <source>Choose the mode and the warehouse, then scan.</source>
        <translation>Wählen Sie Modus und Lagerort, dann scannen Sie.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="163"/>
        <source>%1 %2 × %3 in %4: on hand now %5.</source>
        <translation>%1 %2 × %3 in %4: Bestand jetzt %5.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="169"/>
        <source>Refused: %1 × %2 (%3). %4</source>
        <translation>Abgelehnt: %1 × %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="175"/>
        <source>The server cannot be reached; scans are kept on this computer and sent when it is back. %1</source>
        <translation>Der Server ist nicht erreichbar; Scans werden auf diesem Computer aufbewahrt und gesendet, sobald er wieder erreichbar ist. %1</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="193"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="205"/>
        <source>Your account may not move stock. An administrator can give it the warehouse role.</source>
        <translation>Ihr Konto darf keinen Bestand bewegen. Eine Administratorin oder ein Administrator kann ihm die Rolle Lagerpersonal geben.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="228"/>
        <source>Scan a barcode or type a SKU first.</source>
        <translation>Scannen Sie zuerst einen Strichcode oder geben Sie eine Artikelnummer ein.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="256"/>
        <source>Taken: %1 %2 × %3 in %4; sending…</source>
        <translation>Erfasst: %1 %2 × %3 in %4; wird gesendet …</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="29"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden. Prüfen Sie, ob das Verzeichnis beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="39"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>Das Verzeichnis für Bildschirmfotos %1 konnte nicht angelegt werden. Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="157"/>
        <source>The server at %1 accepted the sign-in but sent no tokens. Check that the address points at a Backroom server of a matching version.</source>
        <translation>Der Server unter %1 hat die Anmeldung angenommen, aber keine Tokens geschickt. Prüfen Sie, ob die Adresse auf einen Backroom-Server passender Version zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="171"/>
        <source>No sign-in is remembered.</source>
        <translation>Es ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="188"/>
        <source>No sign-in is remembered for %1 at %2.</source>
        <translation>Für %1 bei %2 ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="202"/>
        <source>The remembered sign-in is no longer valid: %1</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="238"/>
        <source>The server at %1 described the account in a way this program does not understand. Check that it is a Backroom server of a matching version.</source>
        <translation>Der Server unter %1 hat das Konto in einer Form beschrieben, die dieses Programm nicht versteht. Prüfen Sie, ob es ein Backroom-Server passender Version ist.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="252"/>
        <source>The account %1 has no back-office access. Sign in with a staff account, or ask an administrator to give this one a staff role.</source>
        <translation>Das Konto %1 hat keinen Zugang zum Backoffice. Melden Sie sich mit einem Mitarbeiterkonto an oder bitten Sie die Administration, diesem Konto eine Mitarbeiterrolle zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="287"/>
        <source>This was not sent because another account signed in. Try it again if it still applies.</source>
        <translation>Dies wurde nicht gesendet, weil sich ein anderes Konto angemeldet hat. Versuchen Sie es erneut, falls es noch zutrifft.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="307"/>
        <source>This was not sent because you signed out.</source>
        <translation>Dies wurde nicht gesendet, weil Sie sich abgemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="345"/>
        <source>You are signed out here, but the server at %1 could not end the session (%2). It ends by itself when it expires.</source>
        <translation>Sie sind hier abgemeldet, aber der Server unter %1 konnte die Sitzung nicht beenden (%2). Sie endet von selbst, wenn sie abläuft.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="403"/>
        <source>You are not signed in. Sign in (File › Sign In…) and try again.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an (Datei › Anmelden …) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="408"/>
        <source>Your session has ended. Sign in again (File › Sign In…) and try again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an (Datei › Anmelden …) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="490"/>
        <source>The server ended your session: %1</source>
        <translation>Der Server hat Ihre Sitzung beendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="499"/>
        <source>The server at %1 renewed the session without sending new tokens. Check that it is a Backroom server of a matching version.</source>
        <translation>Der Server unter %1 hat die Sitzung erneuert, ohne neue Tokens zu schicken. Prüfen Sie, ob es ein Backroom-Server passender Version ist.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="533"/>
        <source>This was not sent because nobody signed in again. Sign in (File › Sign In…) and try again.</source>
        <translation>Dies wurde nicht gesendet, weil sich niemand erneut angemeldet hat. Melden Sie sich an (Datei › Anmelden …) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsModel</name>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="86"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="88"/>
        <source>Label created</source>
        <translation>Etikett erstellt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="90"/>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="92"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="94"/>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="96"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="98"/>
        <source>Exception</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="100"/>
        <source>Returned to sender</source>
        <translation>An Absender zurück</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="107"/>
        <source>Royal Mail</source>
        <translation>Royal Mail</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="109"/>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="111"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="113"/>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="115"/>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="117"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="148"/>
        <source>%1 (late)</source>
        <translation>%1 (verspätet)</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="160"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="161"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="162"/>
        <source>Warehouse</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="163"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="164"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="165"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="166"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsView</name>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="44"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="45"/>
        <source>Exceptions</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="52"/>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="53"/>
        <source>Mark shipped</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="54"/>
        <source>Packing slip…</source>
        <translation>Lieferschein …</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="55"/>
        <source>Shipping label…</source>
        <translation>Versandetikett …</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="59"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="62"/>
        <source>Any carrier</source>
        <translation>Jeder Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="65"/>
        <source>Warehouse code</source>
        <translation>Lagerort-Code</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <location filename="../ui/shipmentsview.cpp" line="90"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="92"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="95"/>
        <source>Print label…</source>
        <translation>Etikett drucken …</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="97"/>
        <source>Save label as PDF…</source>
        <translation>Etikett als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="262"/>
        <source>Shipment %1 of order %2 from %3: %4 %5, %6</source>
        <translation>Sendung %1 der Bestellung %2 aus %3: %4 %5, %6</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="343"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="346"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>The printer could not be used; save the PDF instead.</source>
        <translation>Der Drucker konnte nicht verwendet werden; speichern Sie stattdessen das PDF.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save shipping label</source>
        <translation>Versandetikett speichern</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save packing slip</source>
        <translation>Lieferschein speichern</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="369"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockChangeDialog</name>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="37"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="38"/>
        <source>Count correction</source>
        <translation>Zählkorrektur</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="39"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="40"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="41"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="42"/>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="54"/>
        <location filename="../ui/stockchangedialog.cpp" line="75"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="90"/>
        <source>Adjust Stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="91"/>
        <location filename="../ui/stockchangedialog.cpp" line="105"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Lagerort:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="93"/>
        <source>Units to add (positive) or take away (negative).</source>
        <translation>Einheiten zum Hinzufügen (positiv) oder Wegnehmen (negativ).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="94"/>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="97"/>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="100"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="101"/>
        <location filename="../ui/stockchangedialog.cpp" line="111"/>
        <location filename="../ui/stockchangedialog.cpp" line="129"/>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="104"/>
        <source>Count Stock</source>
        <translation>Bestand zählen</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="107"/>
        <source>&amp;Counted:</source>
        <translation>&amp;Gezählt:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="110"/>
        <source>Difference:</source>
        <translation>Differenz:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="119"/>
        <source>Transfer Stock</source>
        <translation>Bestand umlagern</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="120"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="128"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="132"/>
        <source>Reorder Point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="140"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="142"/>
        <source>The SKU is low, and on the low-stock list, when its available stock drops below this.</source>
        <translation>Der Artikel gilt als knapp und steht auf der Liste mit niedrigem Bestand, wenn sein verfügbarer Bestand unter diesen Wert fällt.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="143"/>
        <source>Reorder &amp;point:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="145"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="147"/>
        <source>How many to order when the SKU is low; Computed suggests enough for the forecast sales until the next delivery.</source>
        <translation>Wie viel bestellt wird, wenn der Bestand des Artikels niedrig ist; „Berechnet“ schlägt genug für die prognostizierten Verkäufe bis zur nächsten Lieferung vor.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="149"/>
        <source>Reorder &amp;quantity:</source>
        <translation>&amp;Bestellmenge:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="150"/>
        <source>Available now: %1</source>
        <translation>Jetzt verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="174"/>
        <source>Receive Transfer</source>
        <translation>Umlagerung einbuchen</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="176"/>
        <source>No. %1: %2, %3 → %4</source>
        <extracomment>A transfer&apos;s number, SKU and route, e.g. &quot;No. 12: MUG-1, MAIN → SHOP&quot;.</extracomment>
        <translation>Nr. %1: %2, %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="177"/>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 verschickten</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="181"/>
        <source>Still to receive:</source>
        <translation>Noch einzubuchen:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="187"/>
        <source>The units that arrived; the rest stay in transit until they are received.</source>
        <translation>Die eingegangenen Einheiten; der Rest bleibt unterwegs, bis er eingebucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="188"/>
        <source>&amp;Received:</source>
        <translation>&amp;Eingegangen:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>Transfer:</source>
        <translation>Umlagerung:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>SKU:</source>
        <translation>Artikelnummer:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="253"/>
        <source>%1 (on hand now: %2)</source>
        <translation>%1 (Bestand jetzt: %2)</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="293"/>
        <source>Choose a warehouse. An administrator adds warehouses in Admin.</source>
        <translation>Wählen Sie einen Lagerort. Lagerorte legt eine Administratorin oder ein Administrator unter „Verwaltung“ an.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="296"/>
        <source>Enter the units to add (positive) or take away (negative).</source>
        <translation>Geben Sie die Einheiten ein, die hinzukommen (positiv) oder wegfallen (negativ).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="298"/>
        <source>Choose why the stock changes.</source>
        <translation>Wählen Sie, warum sich der Bestand ändert.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="302"/>
        <source>Choose a warehouse other than the one the stock leaves.</source>
        <translation>Wählen Sie einen anderen Lagerort als den, aus dem der Bestand abgeht.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockHistoryModel</name>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="83"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="85"/>
        <source>Warehouse</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="87"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="89"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="91"/>
        <source>On hand after</source>
        <translation>Bestand danach</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="93"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="95"/>
        <source>By</source>
        <translation>Ausgeführt von</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockModel</name>
    <message>
        <location filename="../ui/stockmodel.cpp" line="127"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="129"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="131"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="151"/>
        <source>Available %1 is below the reorder point %2.</source>
        <translation>Verfügbar: %1, unter dem Meldebestand von %2.</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="161"/>
        <location filename="../ui/stockmodel.cpp" line="181"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="177"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="179"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="187"/>
        <location filename="../ui/stockmodel.cpp" line="190"/>
        <source>%1: %2</source>
        <extracomment>A column of one warehouse, e.g. &quot;MAIN: On hand&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="192"/>
        <source>Total: %1</source>
        <extracomment>A column of the totals over all warehouses, e.g. &quot;Total on hand&quot;.</extracomment>
        <translation>Gesamt: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockSkuPanel</name>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="91"/>
        <source>Load More &amp;History</source>
        <translation>Mehr &amp;Verlauf laden</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="105"/>
        <source>On hand over the last 90 days and the forecast</source>
        <translation>Bestand der letzten 90 Tage und Prognose</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="109"/>
        <source>Stock history</source>
        <translation>Bestandsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="139"/>
        <source>Choose a SKU to see its history and forecast.</source>
        <translation>Wählen Sie einen Artikel, um Verlauf und Prognose zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="140"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="173"/>
        <source>The forecast could not be loaded: %1</source>
        <translation>Die Prognose konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="206"/>
        <source>Selling about %1 a day.</source>
        <translation>Verkauf: etwa %1 pro Tag.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="208"/>
        <source>Stock lasts about %1 days.</source>
        <translation>Der Bestand reicht für etwa %1 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="210"/>
        <source>Reorder %1 by %2 (lead time %3 days).</source>
        <translation>%1 bis %2 nachbestellen (Lieferzeit %3 Tage).</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="227"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="238"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockView</name>
    <message>
        <location filename="../ui/stockview.cpp" line="46"/>
        <source>&amp;Low stock only</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="47"/>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="48"/>
        <source>Cou&amp;nt…</source>
        <translation>&amp;Zählen …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="49"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Umlagern …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="50"/>
        <source>Reorder &amp;Point…</source>
        <translation>Mel&amp;debestand …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="51"/>
        <location filename="../ui/stockview.cpp" line="149"/>
        <location filename="../ui/stockview.cpp" line="179"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="56"/>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="62"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Einbuchen …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="67"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="75"/>
        <source>SKU, barcode or title…</source>
        <translation>Artikelnummer, Strichcode oder Titel …</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="77"/>
        <source>Finds SKUs starting with the text, barcodes and title words, as you type.</source>
        <translation>Findet schon beim Tippen Artikelnummern, die mit dem Text beginnen, sowie Strichcodes und Wörter im Titel.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="78"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="81"/>
        <source>All warehouses</source>
        <translation>Alle Lagerorte</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="82"/>
        <source>&amp;Warehouse:</source>
        <translation>Lager&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="114"/>
        <source>Stock levels</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="146"/>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="151"/>
        <source>SKUs whose available stock is below their reorder point, with how many to reorder and by when. Enter shows a SKU&apos;s levels and history.</source>
        <translation>Artikel, deren verfügbarer Bestand unter ihrem Meldebestand liegt, mit der nachzubestellenden Menge und dem spätesten Bestelltermin. Die Eingabetaste zeigt Bestände und Verlauf eines Artikels.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="166"/>
        <source>Transfers</source>
        <translation>Umlagerungen</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="173"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="174"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="175"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="176"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="181"/>
        <source>Stock sent between warehouses. Receive (or Enter) books what arrived at the destination; the rest stays in transit.</source>
        <translation>Zwischen Lagerorten verschickter Bestand. „Einbuchen“ (oder die Eingabetaste) bucht ein, was am Ziel angekommen ist; der Rest bleibt unterwegs.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="199"/>
        <source>Le&amp;vels</source>
        <translation>&amp;Bestände</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="200"/>
        <source>Low Stoc&amp;k</source>
        <translation>Nied&amp;riger Bestand</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="201"/>
        <source>Trans&amp;fers</source>
        <translation>Umlagerun&amp;gen</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="202"/>
        <source>Scan Stat&amp;ion</source>
        <translation>Scanstat&amp;ion</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="260"/>
        <source>The low-stock list could not be loaded: %1</source>
        <translation>Die Liste mit niedrigem Bestand konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="286"/>
        <source>The transfers could not be loaded: %1</source>
        <translation>Die Umlagerungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="444"/>
        <source>Your account may not see stock. An administrator can give it the warehouse role.</source>
        <translation>Ihr Konto darf den Bestand nicht sehen. Eine Administratorin oder ein Administrator kann ihm die Rolle Lagerpersonal geben.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="446"/>
        <source>The stock could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Der Bestand konnte nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="448"/>
        <source>The warehouses could not be loaded: %1</source>
        <translation>Die Lagerorte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="453"/>
        <source>%n SKU(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n Artikel angezeigt; weitere auf dem Server.</numerusform>
            <numerusform>%n Artikel angezeigt; weitere auf dem Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="454"/>
        <source>%n SKU(s).</source>
        <translation>
            <numerusform>%n Artikel.</numerusform>
            <numerusform>%n Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="81"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom braucht die Serveradresse und die E-Mail-Adresse, um sich eine Anmeldung zu merken.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="82"/>
        <source>There is no sign-in to remember.</source>
        <translation>Es gibt keine Anmeldung, die sich Backroom merken könnte.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="110"/>
        <location filename="../ui/tokenstore.cpp" line="141"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom braucht die Serveradresse und die E-Mail-Adresse, um eine gemerkte Anmeldung zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="169"/>
        <source>access was declined</source>
        <translation>der Zugriff wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="172"/>
        <source>access was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="175"/>
        <source>no keyring service is running</source>
        <translation>es läuft kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="178"/>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="186"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar (%1); Backroom merkt sich diese Anmeldung nicht. Entsperren oder installieren Sie einen Schlüsselbund (z. B. GNOME Keyring), um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="191"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar (%1), daher kann Backroom keine gemerkte Anmeldung verwenden. Melden Sie sich erneut an; um angemeldet zu bleiben, entsperren oder installieren Sie einen Schlüsselbund (z. B. GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="198"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom konnte die gemerkte Anmeldung nicht aus dem Schlüsselbund Ihres Systems entfernen (%1). Entsperren Sie den Schlüsselbund und melden Sie sich erneut ab, oder löschen Sie den Eintrag „%2“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TransferModel</name>
    <message>
        <location filename="../ui/transfermodel.cpp" line="62"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="64"/>
        <source>Partly received</source>
        <translation>Teilweise eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="66"/>
        <location filename="../ui/transfermodel.cpp" line="131"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="121"/>
        <source>No.</source>
        <extracomment>The number of a transfer.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="123"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="125"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="127"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="129"/>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="135"/>
        <source>Sent at</source>
        <translation>Verschickt am</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="137"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersModel</name>
    <message>
        <location filename="../ui/usersmodel.cpp" line="47"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="49"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="51"/>
        <source>Merchandiser</source>
        <translation>Sortimentsverwaltung</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="53"/>
        <source>Warehouse staff</source>
        <translation>Lagerpersonal</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="55"/>
        <source>Customer service</source>
        <translation>Kundendienst</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="57"/>
        <source>Customer service lead</source>
        <translation>Kundendienstleitung</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="59"/>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="71"/>
        <source>, </source>
        <comment>between role names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="100"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="100"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="117"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="121"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersView</name>
    <message>
        <location filename="../ui/usersview.cpp" line="30"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto …</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="31"/>
        <source>Change &amp;Roles…</source>
        <translation>&amp;Rollen ändern …</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="32"/>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="33"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="105"/>
        <source>The accounts could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Die Konten konnten nicht geladen werden: %1
Wählen Sie „Neu laden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="109"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="111"/>
        <source>Accounts shown: %L1; scroll down for more.</source>
        <translation>Angezeigte Konten: %L1; für weitere nach unten blättern.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="113"/>
        <source>Accounts: %L1</source>
        <translation>Konten: %L1</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="133"/>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="143"/>
        <source>The account %1 was created.</source>
        <translation>Das Konto %1 wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="160"/>
        <source>The roles of %1 are now: %2.</source>
        <translation>Die Rollen von %1 sind jetzt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="175"/>
        <source>Disable Account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="176"/>
        <source>Disable the account %1? It can no longer sign in, and its sessions end. You can enable it again at any time.</source>
        <translation>Das Konto %1 deaktivieren? Es kann sich dann nicht mehr anmelden, und seine Sitzungen enden. Sie können es jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="181"/>
        <source>&amp;Disable Account</source>
        <translation>Konto &amp;deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="199"/>
        <source>The account %1 could not be disabled: %2</source>
        <translation>Das Konto %1 konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="200"/>
        <source>The account %1 could not be enabled: %2</source>
        <translation>Das Konto %1 konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="210"/>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="211"/>
        <source>The account %1 is enabled again.</source>
        <translation>Das Konto %1 ist wieder aktiviert.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Mit dem Backroom-Server unter &lt;URL&gt; statt mit dem gespeicherten verbinden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Für diesen Start die Sprache &lt;Code&gt; (en, de, fr oder es) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Save a picture of every area the account may use, of the login dialog and of the connection dialog into &lt;directory&gt;, then exit. Needs no display. The areas need a sign-in: give --email and the password on standard input; without --email only the two dialogs are saved.</source>
        <translation>Ein Bild jedes Bereichs, den das Konto verwenden darf, sowie des Anmelde- und des Verbindungsdialogs in &lt;Verzeichnis&gt; speichern und dann beenden. Braucht keinen Bildschirm. Die Bereiche erfordern eine Anmeldung: Geben Sie --email an und das Passwort auf der Standardeingabe; ohne --email werden nur die beiden Dialoge gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Sign in as &lt;address&gt;. With --screenshots the password is read from standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E; otherwise the login dialog starts with this address.</source>
        <translation>Als &lt;Adresse&gt; anmelden. Mit --screenshots wird das Passwort von der Standardeingabe gelesen (eine Zeile), z. B. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E; sonst beginnt der Anmeldedialog mit dieser Adresse.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, das Backoffice für Onlineshops.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Not signed in: saving the login and connection dialogs only. Give --email and the password on standard input for pictures of the areas.</source>
        <translation>Nicht angemeldet: Es werden nur der Anmelde- und der Verbindungsdialog gespeichert. Für Bilder der Bereiche geben Sie --email und das Passwort auf der Standardeingabe an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>--email needs a server to sign in at: add --server &lt;url&gt;.</source>
        <translation>--email braucht einen Server zum Anmelden: Ergänzen Sie --server &lt;URL&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>--email needs the password on standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</source>
        <translation>--email braucht das Passwort auf der Standardeingabe (eine Zeile), z. B. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Could not sign in at %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
</TS>
