<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="72"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>Aucun serveur n’est défini. Choisissez Fichier › Se connecter au serveur… et saisissez son adresse.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="120"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>Le serveur %1 a envoyé une réponse qui n’est pas du JSON valide (%2). Vérifiez que l’adresse désigne bien un serveur Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="135"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
Identifiant de requête : %2 (indiquez-le si vous signalez ce problème).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="148"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Rien n’accepte de connexions à l’adresse %1. Vérifiez que le serveur Backroom est démarré et que l’adresse et le port sont corrects.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="152"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>Le nom d’hôte « %1 » est introuvable. Vérifiez l’orthographe de l’adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="158"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s. Vérifiez qu’il est démarré et joignable depuis cet ordinateur ; un serveur ou un réseau surchargé peut aussi en être la cause.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="162"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2. Vérifiez que le certificat du serveur est valide et reconnu par cet ordinateur, ou si l’adresse doit plutôt commencer par http://.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="167"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>Le serveur %1 a fermé la connexion sans répondre. Vérifiez que l’adresse utilise le bon schéma (http:// ou https://) et le bon port.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="172"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>Le réseau de cet ordinateur n’est pas disponible (%1). Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="175"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>Impossible de communiquer avec le serveur %1 : %2. Vérifiez l’adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="188"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>Le serveur %1 demande que vous vous connectiez avant de répondre à %2 (HTTP %3). Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="191"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>Le serveur %1 ne vous autorise pas à utiliser %2 (HTTP %3). Demandez l’accès à un administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="194"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>Le serveur %1 ne connaît pas %2 (HTTP %3). Vérifiez que l’adresse désigne un serveur Backroom de version compatible.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="198"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>Le serveur %1 n’a pas pu répondre à %2 (HTTP %3). Réessayez dans un instant ; si cela se reproduit, demandez à votre administrateur de rechercher l’identifiant de requête %4 dans le journal du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
        <source>The server at %1 rejected the request for %2 (HTTP %3). Check that this program and the server are of matching versions; request id %4.</source>
        <translation>Le serveur %1 a refusé la requête pour %2 (HTTP %3). Vérifiez que ce programme et le serveur sont de versions compatibles ; identifiant de requête %4.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AreaView</name>
    <message>
        <location filename="../ui/areaview.cpp" line="25"/>
        <source>This area is not available in this version of Backroom yet.</source>
        <translation>Cet espace n’est pas encore disponible dans cette version de Backroom.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="28"/>
        <source>Connect to Server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="31"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Saisissez l’adresse du serveur Backroom telle que votre administrateur vous l’a communiquée.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>Server &amp;address:</source>
        <translation>A&amp;dresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Saisissez l’adresse du serveur, par exemple http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="79"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Cette adresse n’est pas valide (%1). Utilisez la forme http://hôte:port, par exemple http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L’adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="86"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>L’adresse doit comporter un nom d’hôte après %1://, par exemple %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="89"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>N’incluez ni nom d’utilisateur ni mot de passe dans l’adresse ; vous vous connectez une fois relié au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>L’adresse ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="125"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>La connexion fonctionne : serveur Backroom %1, schéma de base de données %2, prêt.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>The server answers but is not ready: %1</source>
        <translation>Le serveur répond mais n’est pas prêt : %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="35"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="41"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="49"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="50"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="51"/>
        <source>Server version:</source>
        <translation>Version du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="52"/>
        <source>Database schema:</source>
        <translation>Schéma de base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="53"/>
        <source>Last checked:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="54"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="56"/>
        <source>Check &amp;Now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="58"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="69"/>
        <source>Sales, stock and order figures will appear here as those areas become available in later versions.</source>
        <translation>Les chiffres des ventes, des stocks et des commandes apparaîtront ici lorsque ces espaces seront disponibles dans des versions ultérieures.</translation>
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
        <translation>Aucun choisi pour l’instant</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::HealthMonitor</name>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="16"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="18"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="20"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="22"/>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="24"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="34"/>
        <source>Not connected to a server: choose File › Connect to Server…</source>
        <translation>Connecté à aucun serveur : choisissez Fichier › Se connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="36"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="38"/>
        <source>Connected to %1 — ready (server %2, schema %3)</source>
        <translation>Connecté à %1 — prêt (serveur %2, schéma %3)</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="42"/>
        <source>Server at %1 is not ready: %2</source>
        <translation>Le serveur %1 n’est pas prêt : %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="44"/>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="113"/>
        <source>Its /readyz answer does not say it is ready. Check that the address points at a Backroom server.</source>
        <translation>Sa réponse à /readyz n’indique pas qu’il est prêt. Vérifiez que l’adresse désigne bien un serveur Backroom.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LanguageLoader</name>
    <message>
        <location filename="../ui/languageloader.cpp" line="57"/>
        <source>“%1” is not a supported language. Choose one of: %2.</source>
        <translation>« %1 » n’est pas une langue prise en charge. Choisissez parmi : %2.</translation>
    </message>
    <message>
        <location filename="../ui/languageloader.cpp" line="63"/>
        <source>The translation for “%1” is missing from %2.</source>
        <translation>La traduction pour « %1 » est absente de %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Produits, variantes, catégories, prix et promotions : les créer et les modifier, en changer beaucoup à la fois, les importer et les exporter en CSV, et gérer leurs images.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Stock par entrepôt : réceptionner des marchandises, compter et corriger le stock avec un champ de scan, déplacer du stock entre entrepôts et traiter les alertes de stock bas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Retrouver rapidement n’importe quelle commande, lire son historique, l’annuler, et la préparer, l’emballer et l’expédier avec des bordereaux imprimés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Remboursements partiels et complets, avec ou sans remise en stock, et l’état de chacun.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Les expéditions et leur suivi, tel que les transporteurs le communiquent.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Les clients et l’historique de leurs commandes, remboursements et expéditions.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Utilisateurs et rôles, entrepôts, webhooks, et le journal d’audit de qui a modifié quoi.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Check Server &amp;Now</source>
        <translation>Vérifier le serveur &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;About Backroom</source>
        <translation>À &amp;propos de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>About Backroom</source>
        <translation>À propos de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;Le back-office des boutiques en ligne : catalogue, stock, commandes, remboursements et expéditions.&lt;/p&gt;&lt;p&gt;Serveur : %2&lt;/p&gt;&lt;p&gt;Conçu avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="24"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>Impossible d’écrire la capture d’écran %1. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="34"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>Impossible de créer le dossier des captures d’écran %1. Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="71"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom a besoin de l’adresse du serveur et de l’adresse e-mail pour mémoriser une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="72"/>
        <source>There is no sign-in to remember.</source>
        <translation>Il n’y a aucune connexion à mémoriser.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="103"/>
        <location filename="../ui/tokenstore.cpp" line="137"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom a besoin de l’adresse du serveur et de l’adresse e-mail pour retrouver une connexion mémorisée.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="168"/>
        <source>access was declined</source>
        <translation>vous avez refusé l’accès</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="171"/>
        <source>access was denied</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="174"/>
        <source>no keyring service is running</source>
        <translation>aucun service de trousseau n’est en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="177"/>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="185"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>Le trousseau de clés de votre système n’est pas disponible (%1) ; Backroom ne mémorisera pas cette connexion. Déverrouillez ou installez un trousseau (par exemple GNOME Keyring) pour rester connecté.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="190"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>Le trousseau de clés de votre système n’est pas disponible (%1) : Backroom ne peut donc pas utiliser une connexion mémorisée. Reconnectez-vous ; pour rester connecté, déverrouillez ou installez un trousseau (par exemple GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="197"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom n’a pas pu retirer la connexion mémorisée du trousseau de clés de votre système (%1). Déverrouillez le trousseau et déconnectez-vous à nouveau, ou supprimez l’entrée « %2 » avec votre gestionnaire de trousseaux.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Se connecter au serveur Backroom à l’adresse &lt;url&gt; au lieu de celui enregistré.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Utiliser la langue &lt;code&gt; (en, de, fr ou es) pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Save a picture of every area and of the connection dialog into &lt;directory&gt;, then exit. Needs no display.</source>
        <translation>Enregistrer une image de chaque espace et de la boîte de connexion dans &lt;dossier&gt;, puis quitter. Ne nécessite pas d’écran.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, le back-office des boutiques en ligne.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>--server: %1</source>
        <translation>--server : %1</translation>
    </message>
</context>
</TS>
