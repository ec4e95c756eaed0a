<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Backroom::Ui</name>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="82"/>
        <source>Packing slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="85"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="86"/>
        <source>Shipment %1 from %2</source>
        <translation>Expédition %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="91"/>
        <source>Ship to</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="96"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="97"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="98"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shippingdocuments.cpp" line="121"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="123"/>
        <source>%1 %2, tracking number %3</source>
        <translation>%1 %2, numéro de suivi %3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="147"/>
        <source>TO</source>
        <translation>DESTINATAIRE</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="152"/>
        <source>TRACKING NUMBER</source>
        <translation>NUMÉRO DE SUIVI</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="159"/>
        <source>Order %1 · %2 parcel(s)%3</source>
        <translation>Commande %1 · %2 colis%3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="162"/>
        <source> · %1 g</source>
        <translation> · %1 g</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="186"/>
        <source>Packing slip %1</source>
        <translation>Bon de livraison %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="191"/>
        <source>Shipping label %1</source>
        <translation>Étiquette d’expédition %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AdminView</name>
    <message>
        <location filename="../ui/adminview.cpp" line="34"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="44"/>
        <source>&amp;Users and Roles</source>
        <translation>&amp;Utilisateurs et rôles</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="45"/>
        <source>Audit Lo&amp;g</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="47"/>
        <source>&amp;Sagas</source>
        <translation>&amp;Sagas</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="49"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="82"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>Aucun serveur n’est défini. Choisissez Fichier › Se connecter au serveur… et saisissez son adresse.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="154"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>Le serveur %1 a envoyé une réponse qui n’est pas du JSON valide (%2). Vérifiez que l’adresse désigne bien un serveur Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="169"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
Identifiant de requête : %2 (indiquez-le si vous signalez ce problème).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="182"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Rien n’accepte de connexions à l’adresse %1. Vérifiez que le serveur Backroom est démarré et que l’adresse et le port sont corrects.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="186"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>Le nom d’hôte « %1 » est introuvable. Vérifiez l’orthographe de l’adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="192"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s. Vérifiez qu’il est démarré et joignable depuis cet ordinateur ; un serveur ou un réseau surchargé peut aussi en être la cause.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="196"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2. Vérifiez que le certificat du serveur est valide et reconnu par cet ordinateur, ou si l’adresse doit plutôt commencer par http://.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>Le serveur %1 a fermé la connexion sans répondre. Vérifiez que l’adresse utilise le bon schéma (http:// ou https://) et le bon port.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="206"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>Le réseau de cet ordinateur n’est pas disponible (%1). Vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="209"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>Impossible de communiquer avec le serveur %1 : %2. Vérifiez l’adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="222"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>Le serveur %1 demande que vous vous connectiez avant de répondre à %2 (HTTP %3). Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="225"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>Le serveur %1 ne vous autorise pas à utiliser %2 (HTTP %3). Demandez l’accès à un administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="228"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>Le serveur %1 ne connaît pas %2 (HTTP %3). Vérifiez que l’adresse désigne un serveur Backroom de version compatible.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="232"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>Le serveur %1 n’a pas pu répondre à %2 (HTTP %3). Réessayez dans un instant ; si cela se reproduit, demandez à votre administrateur de rechercher l’identifiant de requête %4 dans le journal du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="235"/>
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
    <name>Backroom::Ui::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="93"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="95"/>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="97"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="99"/>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="101"/>
        <source>From address</source>
        <translation>Depuis l’adresse</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="66"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="68"/>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="70"/>
        <source>A&amp;pply Filters</source>
        <translation>A&amp;ppliquer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="71"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="82"/>
        <source>e.g. user.update, or user. for all</source>
        <translation>p. ex. user.update, ou user. pour tout</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="85"/>
        <source>e.g. user</source>
        <translation>p. ex. user</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="95"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="97"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="101"/>
        <source>&amp;Actor:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="103"/>
        <source>Act&amp;ion:</source>
        <translation>Act&amp;ion :</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="105"/>
        <source>Entity &amp;type:</source>
        <translation>T&amp;ype d’objet :</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="215"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="222"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="237"/>
        <source>The first day (%1) is after the last day (%2). Choose dates in order.</source>
        <translation>Le premier jour (%1) est postérieur au dernier jour (%2). Choisissez les dates dans l’ordre.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="263"/>
        <source>The audit log could not be loaded: %1
Check the filters and apply them again.</source>
        <translation>Le journal d’audit n’a pas pu être chargé : %1
Vérifiez les filtres et appliquez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="269"/>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d’audit…</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="271"/>
        <source>Entries shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Entrées affichées : %L1, les plus récentes d’abord ; faites défiler vers le bas pour les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="273"/>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="275"/>
        <source>Entries: %L1, newest first.</source>
        <translation>Entrées : %L1, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="284"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="289"/>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="290"/>
        <source>%1 by %2 on %3 %4, from %5; request id %6.</source>
        <translation>%1 par %2 sur %3 %4, depuis %5 ; identifiant de requête %6.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="292"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="293"/>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Les recommandations apparaissent une fois le produit enregistré et actif.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="49"/>
        <source>Loading what is bought together…</source>
        <translation>Chargement des produits achetés ensemble…</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="58"/>
        <source>Only active products have recommendations; publish it to see them.</source>
        <translation>Seuls les produits actifs ont des recommandations ; publiez-le pour les voir.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="59"/>
        <source>Recommendations could not be loaded: %1</source>
        <translation>Impossible de charger les recommandations : %1</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="73"/>
        <source>(popular)</source>
        <translation>(populaire)</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="79"/>
        <source>No orders yet, so nothing to recommend.</source>
        <translation>Aucune commande pour l’instant, donc rien à recommander.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="81"/>
        <source>Too little order history for this product: showing the shop&apos;s most ordered products instead.</source>
        <translation>Historique de commandes insuffisant pour ce produit : les produits les plus commandés de la boutique sont affichés à la place.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="84"/>
        <source>Often bought together with this product:</source>
        <translation>Souvent acheté avec ce produit :</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkeditdialog.cpp" line="55"/>
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>Le %n produit sélectionné</numerusform>
            <numerusform>Les %n produits sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="56"/>
        <source>Every product the &amp;filters match</source>
        <translation>Tous les produits correspondant aux &amp;filtres</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="57"/>
        <source>Change the &amp;price:</source>
        <translation>Changer le &amp;prix :</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="61"/>
        <source>Change the s&amp;tatus to:</source>
        <translation>Changer l&apos;é&amp;tat en :</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="63"/>
        <source>Move to the &amp;category:</source>
        <translation>Déplacer vers la &amp;catégorie :</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="70"/>
        <source>P&amp;review</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="71"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="74"/>
        <source>Change Many Products</source>
        <translation>Modifier plusieurs produits</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="92"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="102"/>
        <source>Set to</source>
        <translation>Fixer à</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="103"/>
        <source>Raise by %</source>
        <translation>Augmenter de %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="104"/>
        <source>Lower by %</source>
        <translation>Baisser de %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="105"/>
        <source>Raise by</source>
        <translation>Augmenter de</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="106"/>
        <source>Lower by</source>
        <translation>Baisser de</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="107"/>
        <source>e.g. 12.99 or 10</source>
        <translation>p. ex. 12.99 ou 10</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="113"/>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="122"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="133"/>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="196"/>
        <source>The percentage must be a number above 0 with at most two decimals, e.g. 10 or 12.5.</source>
        <translation>Le pourcentage doit être un nombre supérieur à 0 avec au plus deux décimales, p. ex. 10 ou 12.5.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="204"/>
        <source>The amount must be a price in %1 such as 12.99.</source>
        <translation>Le montant doit être un prix en %1, p. ex. 12.99.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="219"/>
        <source>Choose what to change: the price, the status or the category.</source>
        <translation>Choisissez ce qu&apos;il faut changer : le prix, l&apos;état ou la catégorie.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="248"/>
        <source>The form changed since the preview; preview again before applying.</source>
        <translation>Le formulaire a changé depuis l&apos;aperçu ; refaites un aperçu avant d&apos;appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="284"/>
        <source>The preview failed: %1</source>
        <translation>L&apos;aperçu a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="303"/>
        <source>no category</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="327"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="350"/>
        <source>%L1 product(s) match: %L2 would change, %L3 would stay as they are, %L4 would be refused.</source>
        <translation>%L1 produit(s) correspondent : %L2 changeraient, %L3 resteraient tels quels, %L4 seraient refusés.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="353"/>
        <source>The first %L1 changes are listed.</source>
        <translation>Les %L1 premières modifications sont listées.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="355"/>
        <source>Nothing can be applied while any product would be refused: change the form or the selection, then preview again.</source>
        <translation>Rien ne peut être appliqué tant qu&apos;un produit serait refusé : modifiez le formulaire ou la sélection, puis refaites un aperçu.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="358"/>
        <source>There is nothing to apply.</source>
        <translation>Il n&apos;y a rien à appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="360"/>
        <source>Choose Apply to make the change, all or nothing.</source>
        <translation>Choisissez Appliquer pour effectuer la modification, tout ou rien.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="375"/>
        <source>The change was not started: %1</source>
        <translation>La modification n&apos;a pas été lancée : %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="378"/>
        <source>Changing the products…</source>
        <translation>Modification des produits…</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="391"/>
        <source>Done: %L1 product(s) changed, %L2 left as they were.</source>
        <translation>Terminé : %L1 produit(s) modifié(s), %L2 laissé(s) tel(s) quel(s).</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="398"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CatalogView</name>
    <message>
        <location filename="../ui/catalogview.cpp" line="45"/>
        <source>&amp;New Product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="46"/>
        <source>&amp;Edit Product…</source>
        <translation>&amp;Modifier le produit…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="47"/>
        <source>Change &amp;Many…</source>
        <translation>Modifier en &amp;masse…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="48"/>
        <source>CS&amp;V</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="49"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="55"/>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="58"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="66"/>
        <source>Title contains…</source>
        <translation>Le titre contient…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="69"/>
        <source>Finds products whose title contains the text, as you type.</source>
        <translation>Trouve, pendant la saisie, les produits dont le titre contient le texte.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="73"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="77"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="80"/>
        <source>e.g. 10-50</source>
        <translation>p. ex. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="83"/>
        <source>The lowest variant price, from-to in the shop&apos;s currency; leave either end open, e.g. 10- or -50.</source>
        <translation>Le prix de variante le plus bas, de-à dans la devise de la boutique ; l&apos;une ou l&apos;autre borne peut rester ouverte, p. ex. 10- ou -50.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="85"/>
        <source>&amp;Price:</source>
        <translation>&amp;Prix :</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="92"/>
        <source>&amp;Import Products…</source>
        <translation>&amp;Importer des produits…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="93"/>
        <source>&amp;Export Products…</source>
        <translation>&amp;Exporter les produits…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="95"/>
        <source>Export Products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="96"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="101"/>
        <source>Import products from a CSV file, or export the products the filters match.</source>
        <translation>Importer des produits depuis un fichier CSV, ou exporter les produits correspondant aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="102"/>
        <source>Change the price, status or category of the selected products, or of every product the filters match, at once.</source>
        <translation>Changer en une fois le prix, l&apos;état ou la catégorie des produits sélectionnés, ou de tous les produits correspondant aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="131"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="145"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="244"/>
        <source>Your account may not list or change the shop&apos;s catalog. An administrator can give it the merchandiser role.</source>
        <translation>Votre compte ne peut ni lister ni modifier le catalogue de la boutique. Un administrateur peut lui donner le rôle de marchandiseur.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="306"/>
        <source>The products could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Impossible de charger les produits : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="317"/>
        <source>Loading products…</source>
        <translation>Chargement des produits…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="319"/>
        <source>Products shown: %L1; scroll down or choose Load More for more.</source>
        <translation>Produits affichés : %L1 ; faites défiler vers le bas ou choisissez Charger plus pour en voir davantage.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="321"/>
        <source>No products match the search and filters.</source>
        <translation>Aucun produit ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="323"/>
        <source>No products yet. Choose New Product to create one.</source>
        <translation>Aucun produit pour l’instant. Choisissez Nouveau produit pour en créer un.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="325"/>
        <source>Products: %L1</source>
        <translation>Produits : %L1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="330"/>
        <source>Sorted by %1 across the whole catalog.</source>
        <translation>Trié par %1 sur tout le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="331"/>
        <source>Sorted by %1 among the products loaded; only Title and Price sort the whole catalog.</source>
        <translation>Trié par %1 parmi les produits chargés ; seuls Titre et Prix trient tout le catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="336"/>
        <source>%L1 selected.</source>
        <translation>%L1 sélectionnés.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="389"/>
        <source>Exporting the products to %1…</source>
        <translation>Exportation des produits vers %1…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="404"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="408"/>
        <source>Exported %L1 row(s) to %2.</source>
        <translation>%L1 ligne(s) exportée(s) vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="409"/>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="473"/>
        <source>The product “%1” was created.</source>
        <translation>Le produit « %1 » a été créé.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="477"/>
        <source>The product “%1” was saved.</source>
        <translation>Le produit « %1 » a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CategoryPanel</name>
    <message>
        <location filename="../ui/categorypanel.cpp" line="26"/>
        <source>New &amp;Category…</source>
        <translation>Nouvelle &amp;catégorie…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="27"/>
        <source>&amp;Rename</source>
        <translation>Renomm&amp;er</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="28"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="29"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="30"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="31"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="32"/>
        <source>Move Out of Parent</source>
        <translation>Sortir de la catégorie parente</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="33"/>
        <source>Move Into Category Above</source>
        <translation>Placer dans la catégorie du dessus</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="37"/>
        <source>Categor&amp;ies</source>
        <translation>Catégor&amp;ies</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="52"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="53"/>
        <source>Choose a category to show its products. Drag a category onto another to move it there, or between two to reorder; F2 renames.</source>
        <translation>Choisissez une catégorie pour afficher ses produits. Faites glisser une catégorie sur une autre pour l’y déplacer, ou entre deux pour changer l’ordre ; F2 renomme.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="80"/>
        <source>New Category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="82"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="86"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="176"/>
        <source>The categories could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Impossible de charger les catégories : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="236"/>
        <source>New Category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="238"/>
        <source>Name of the new top-level category:</source>
        <translation>Nom de la nouvelle catégorie de premier niveau :</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="239"/>
        <source>Name of the new category inside “%1”:</source>
        <translation>Nom de la nouvelle catégorie dans « %1 » :</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="240"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="260"/>
        <source>Delete Category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="261"/>
        <source>Delete the category “%1”? Only an empty category can be deleted: move its products and subcategories elsewhere first.</source>
        <translation>Supprimer la catégorie « %1 » ? Seule une catégorie vide peut être supprimée : déplacez d’abord ses produits et sous-catégories ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="266"/>
        <source>&amp;Delete Category</source>
        <translation>&amp;Supprimer la catégorie</translation>
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
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="258"/>
        <source>Every product, in any category or none. Drop a category here to make it a top-level one.</source>
        <translation>Tous les produits, dans n’importe quelle catégorie ou aucune. Déposez une catégorie ici pour la placer au premier niveau.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="365"/>
        <location filename="../ui/categorytreemodel.cpp" line="393"/>
        <location filename="../ui/categorytreemodel.cpp" line="412"/>
        <location filename="../ui/categorytreemodel.cpp" line="428"/>
        <source>Another change to the categories is on its way; try again when it is done.</source>
        <translation>Une autre modification des catégories est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="368"/>
        <location filename="../ui/categorytreemodel.cpp" line="399"/>
        <source>A category needs a name of one line, at most %1 characters.</source>
        <translation>Une catégorie a besoin d’un nom d’une seule ligne, de %1 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="371"/>
        <source>No category can be created inside “%1”: the tree would be deeper than %2 levels.</source>
        <translation>Impossible de créer une catégorie dans « %1 » : l’arbre dépasserait %2 niveaux.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="374"/>
        <source>The category to create it in no longer exists; reload the tree.</source>
        <translation>La catégorie dans laquelle la créer n’existe plus ; rechargez l’arbre.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="377"/>
        <location filename="../ui/categorytreemodel.cpp" line="401"/>
        <source>There is already a category named “%1” at this place; choose another name.</source>
        <translation>Il existe déjà une catégorie nommée « %1 » à cet endroit ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="385"/>
        <source>The category “%1” was created.</source>
        <translation>La catégorie « %1 » a été créée.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="386"/>
        <source>The category “%1” could not be created: %2</source>
        <translation>Impossible de créer la catégorie « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="396"/>
        <location filename="../ui/categorytreemodel.cpp" line="415"/>
        <location filename="../ui/categorytreemodel.cpp" line="431"/>
        <source>That category no longer exists; reload the tree.</source>
        <translation>Cette catégorie n’existe plus ; rechargez l’arbre.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="404"/>
        <source>“%1” is now called “%2”.</source>
        <translation>« %1 » s’appelle désormais « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="405"/>
        <source>“%1” could not be renamed: %2</source>
        <translation>Impossible de renommer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="417"/>
        <source>“%1” still holds subcategories; move or delete them first.</source>
        <translation>« %1 » contient encore des sous-catégories ; déplacez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="420"/>
        <source>The category “%1” was deleted.</source>
        <translation>La catégorie « %1 » a été supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="421"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>Impossible de supprimer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="433"/>
        <source>the top level</source>
        <translation>le premier niveau</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="437"/>
        <source>that category no longer exists; reload the tree</source>
        <translation>cette catégorie n’existe plus ; rechargez l’arbre</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="439"/>
        <source>a category cannot go inside itself or one of its own subcategories</source>
        <translation>une catégorie ne peut pas aller dans elle-même ni dans l’une de ses propres sous-catégories</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="441"/>
        <source>the tree would become deeper than %1 levels</source>
        <translation>l’arbre dépasserait %1 niveaux</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="443"/>
        <source>“%1” cannot move to %2: %3.</source>
        <extracomment>%1 is a category name, %2 where it was dropped (&quot;the top level&quot; or a category), %3 the reason.</extracomment>
        <translation>« %1 » ne peut pas aller vers %2 : %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="447"/>
        <source>“%1” cannot move to %2: a category there has the same name; rename one of them first.</source>
        <translation>« %1 » ne peut pas aller vers %2 : une catégorie y porte le même nom ; renommez d’abord l’une des deux.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="474"/>
        <source>“%1” moved to %2.</source>
        <translation>« %1 » a été déplacée vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="475"/>
        <source>“%1” moved to place %2 of %3.</source>
        <translation>« %1 » est maintenant à la place %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="476"/>
        <source>“%1” could not be moved: %2</source>
        <translation>Impossible de déplacer « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="24"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="29"/>
        <source>Connect to Server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="32"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Saisissez l’adresse du serveur Backroom telle que votre administrateur vous l’a communiquée.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Server &amp;address:</source>
        <translation>A&amp;dresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="74"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Saisissez l’adresse du serveur, par exemple http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Cette adresse n’est pas valide (%1). Utilisez la forme http://hôte:port, par exemple http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L’adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>L’adresse doit comporter un nom d’hôte après %1://, par exemple %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>N’incluez ni nom d’utilisateur ni mot de passe dans l’adresse ; vous vous connectez une fois relié au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="91"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>L’adresse ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="124"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>La connexion fonctionne : serveur Backroom %1, schéma de base de données %2, prêt.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="129"/>
        <source>The server answers but is not ready: %1</source>
        <translation>Le serveur répond mais n’est pas prêt : %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CreateShipmentDialog</name>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="37"/>
        <location filename="../ui/createshipmentdialog.cpp" line="39"/>
        <source>Create Shipment</source>
        <translation>Créer une expédition</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Open</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Ship now</source>
        <translation>Expédier maintenant</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="49"/>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="50"/>
        <source>not weighed</source>
        <translation>non pesé</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="54"/>
        <source>&amp;Warehouse</source>
        <translation>&amp;Entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="55"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Transporteur</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="56"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="57"/>
        <source>&amp;Tracking number</source>
        <translation>Numéro de s&amp;uivi</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="58"/>
        <source>W&amp;eight</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="59"/>
        <source>&amp;Parcels</source>
        <translation>&amp;Colis</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="77"/>
        <source>The order&apos;s open lines could not be read: %1</source>
        <translation>Impossible de lire les lignes en attente de la commande : %1</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="83"/>
        <location filename="../ui/createshipmentdialog.cpp" line="152"/>
        <source>Nothing of this order is waiting to ship.</source>
        <translation>Rien dans cette commande n’attend d’être expédié.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="157"/>
        <source>Put at least one item into the shipment.</source>
        <translation>Ajoutez au moins un article à l’expédition.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="159"/>
        <source>Type or scan the tracking number from the label.</source>
        <translation>Saisissez ou scannez le numéro de suivi figurant sur l’étiquette.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CsvImportDialog</name>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="34"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="40"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="44"/>
        <source>Import Products from CSV</source>
        <translation>Importer des produits depuis un CSV</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="53"/>
        <source>One row per variant, with the columns of a catalog export. Check reads the file and reports every row it would refuse without changing anything; Import then applies it, all or nothing.</source>
        <translation>Une ligne par variante, avec les colonnes d&apos;un export du catalogue. Vérifier lit le fichier et signale chaque ligne qui serait refusée sans rien changer ; Importer l&apos;applique ensuite, tout ou rien.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="58"/>
        <source>A .csv file</source>
        <translation>Un fichier .csv</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="59"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="69"/>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="85"/>
        <source>Import Products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="86"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="166"/>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="170"/>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation>%1 ne peut pas être lu : %2. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="175"/>
        <source>%1 is empty. Choose a CSV file with a header row and one row per variant.</source>
        <translation>%1 est vide. Choisissez un fichier CSV avec une ligne d&apos;en-tête et une ligne par variante.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="197"/>
        <source>The file was not taken: %1</source>
        <translation>Le fichier n&apos;a pas été accepté : %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="219"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="239"/>
        <source>Checked %L1 row(s): the import would create %L2 product(s), update %L3 and leave %L4 as they are.</source>
        <translation>%L1 ligne(s) vérifiée(s) : l&apos;import créerait %L2 produit(s), en mettrait à jour %L3 et en laisserait %L4 tels quels.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="241"/>
        <source>Imported %L1 row(s): %L2 product(s) created, %L3 updated, %L4 left as they were.</source>
        <translation>%L1 ligne(s) importée(s) : %L2 produit(s) créé(s), %L3 mis à jour, %L4 laissé(s) tel(s) quel(s).</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="247"/>
        <source>%L1 row(s) refused, listed below by line; correct them and check again.</source>
        <translation>%L1 ligne(s) refusée(s), listée(s) ci-dessous par numéro ; corrigez-les et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="249"/>
        <source>The first %L1 are listed.</source>
        <translation>Les %L1 premières sont listées.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="251"/>
        <source>Nothing would be refused: choose Import to apply it.</source>
        <translation>Rien ne serait refusé : choisissez Importer pour l&apos;appliquer.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomerReturnsModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="169"/>
        <source>Open</source>
        <extracomment>A return whose goods have not arrived yet.</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="171"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="173"/>
        <location filename="../ui/customersmodel.cpp" line="236"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="175"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="228"/>
        <source>Return</source>
        <extracomment>The number of a return.</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="230"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="232"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="234"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="238"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="240"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="88"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="90"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="92"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="96"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersView</name>
    <message>
        <location filename="../ui/customersview.cpp" line="67"/>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="80"/>
        <source>A&amp;dd note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="82"/>
        <location filename="../ui/customersview.cpp" line="96"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="89"/>
        <source>Name, email or order number…</source>
        <translation>Nom, e-mail ou numéro de commande…</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="91"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="137"/>
        <location filename="../ui/customersview.cpp" line="140"/>
        <location filename="../ui/customersview.cpp" line="470"/>
        <source>Orders per month</source>
        <translation>Commandes par mois</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="145"/>
        <source>The customer&apos;s orders</source>
        <translation>Commandes du client</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="150"/>
        <source>Enter or a double-click opens the order.</source>
        <translation>Entrée ou un double-clic ouvre la commande.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="154"/>
        <source>The refunds of the customer&apos;s orders</source>
        <translation>Les remboursements des commandes du client</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="158"/>
        <source>Enter or a double-click opens the refunded order.</source>
        <translation>Entrée ou un double-clic ouvre la commande remboursée.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="162"/>
        <source>The returns of the customer&apos;s orders</source>
        <translation>Les retours des commandes du client</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="165"/>
        <source>Enter or a double-click opens the returned order.</source>
        <translation>Entrée ou un double-clic ouvre la commande retournée.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="169"/>
        <source>Re&amp;funds</source>
        <translation>Rem&amp;boursements</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="170"/>
        <source>Re&amp;turns</source>
        <translation>Re&amp;tours</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="173"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="176"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="177"/>
        <source>A note for the team about this customer (Ctrl+Enter adds it)…</source>
        <translation>Une note pour l’équipe sur ce client (Ctrl+Entrée l’ajoute)…</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="434"/>
        <source>Lifetime value: %1 net, %2 refunded</source>
        <extracomment>%1 is the net lifetime value (after refunds), %2 what refunds gave back.</extracomment>
        <translation>Valeur client : %1 net, %2 remboursé</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="168"/>
        <source>O&amp;rders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="194"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="393"/>
        <source>The customer could not be loaded: %1</source>
        <translation>Impossible de charger le client : %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="421"/>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="422"/>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="424"/>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="428"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="439"/>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="441"/>
        <source>First order %1, last %2</source>
        <translation>Première commande le %1, dernière le %2</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="455"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>No addresses on file.</source>
        <translation>Aucune adresse enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>Addresses:
%1</source>
        <translation>Adresses :
%1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="466"/>
        <source>Orders per month: no orders yet</source>
        <translation>Commandes par mois : aucune commande pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="471"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="511"/>
        <source>The notes could not be loaded: %1</source>
        <translation>Impossible de charger les notes : %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="519"/>
        <source>%1, %2:
%3</source>
        <translation>%1, %2 :
%3</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="541"/>
        <source>The note was not added: %1</source>
        <translation>La note n’a pas été ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="580"/>
        <source>Choose a customer</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n client affiché</numerusform>
            <numerusform>%n clients affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardChart</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="150"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="115"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="117"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="119"/>
        <source>Fulfilling</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="121"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="123"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="125"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="202"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="210"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="211"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="212"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="213"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="224"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="227"/>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="229"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="247"/>
        <source>SKUs low on stock</source>
        <translation>Références en stock faible</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="248"/>
        <source>Orders late to ship</source>
        <translation>Commandes en retard d’expédition</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="249"/>
        <source>Refunds awaiting approval</source>
        <translation>Remboursements en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="250"/>
        <source>Failed checkouts</source>
        <translation>Checkouts échoués</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="251"/>
        <source>Undelivered webhooks</source>
        <translation>Webhooks non livrés</translation>
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
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="277"/>
        <source>No sales in this period yet. Orders will show here as they come in.</source>
        <translation>Aucune vente sur cette période pour l’instant. Les commandes s’afficheront ici à mesure qu’elles arrivent.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>Orders placed in the period, by state</source>
        <translation>Commandes passées sur la période, par état</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>No orders in this period yet.</source>
        <translation>Aucune commande sur cette période pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Top products by revenue</source>
        <translation>Meilleurs produits par chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Nothing sold in this period yet.</source>
        <translation>Rien n’a encore été vendu sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>Refunds by reason</source>
        <translation>Remboursements par motif</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>No refunds in this period. Good news!</source>
        <translation>Aucun remboursement sur cette période. Bonne nouvelle !</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>Stock value by warehouse</source>
        <translation>Valeur du stock par entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>No stock on hand yet.</source>
        <translation>Aucun stock disponible pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="307"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="315"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="316"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="317"/>
        <source>Server version:</source>
        <translation>Version du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Database schema:</source>
        <translation>Schéma de base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="319"/>
        <source>Last checked:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="320"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="322"/>
        <source>Check &amp;Now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="324"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="403"/>
        <source>Your role does not include reports; ask an administrator for reports:read to see the shop&apos;s figures here.</source>
        <translation>Votre rôle n’inclut pas les rapports ; demandez reports:read à un administrateur pour voir ici les chiffres de la boutique.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="532"/>
        <source>Could not read the reports: %1</source>
        <translation>Impossible de lire les rapports : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="558"/>
        <source> (%1% on the previous period)</source>
        <translation> (%1 % par rapport à la période précédente)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="560"/>
        <source>Gross %1 · net %2 · orders: %3 · average order %4 — previous period: gross %5%6</source>
        <translation>Brut %1 · net %2 · commandes : %3 · panier moyen %4 — période précédente : brut %5%6</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="574"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="636"/>
        <source>Revenue (%1)</source>
        <translation>Chiffre d’affaires (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="714"/>
        <source>Confirmed orders not shipped within %1 days; click to list them.</source>
        <translation>Commandes confirmées non expédiées sous %1 jours ; cliquez pour les afficher.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="716"/>
        <source>Click to see them.</source>
        <translation>Cliquez pour les voir.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="722"/>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="723"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="727"/>
        <source>Could not write %1; choose a folder you may write to.</source>
        <translation>Impossible d’écrire %1 ; choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="734"/>
        <source>Export Chart Data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="735"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="751"/>
        <source>There is nothing to export yet; wait until the chart has been read.</source>
        <translation>Il n’y a encore rien à exporter ; attendez que le graphique soit chargé.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="760"/>
        <source>Could not export the data: %1</source>
        <translation>Impossible d’exporter les données : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="765"/>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
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
    <name>Backroom::Ui::JobWatcher</name>
    <message>
        <location filename="../ui/jobwatcher.cpp" line="84"/>
        <source>The progress of job %1 could not be read: %2
The job goes on on the server; reload the catalog later to see its outcome.</source>
        <translation>La progression de la tâche %1 n&apos;a pas pu être lue : %2
La tâche se poursuit sur le serveur ; rechargez le catalogue plus tard pour voir son résultat.</translation>
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
    <name>Backroom::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="33"/>
        <source>S&amp;tay signed in on this computer</source>
        <translation>&amp;Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="37"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In to Backroom</source>
        <translation>Se connecter à Backroom</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="44"/>
        <source>Sign in again to continue. Everything open in the window stays as it is, and what was waiting for the server is sent once you are signed in.</source>
        <translation>Reconnectez-vous pour continuer. Tout ce qui est ouvert dans la fenêtre reste tel quel, et ce qui attendait le serveur est envoyé dès que vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="46"/>
        <source>Sign in with the staff account your administrator gave you.</source>
        <translation>Connectez-vous avec le compte du personnel que votre administrateur vous a fourni.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="61"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="67"/>
        <source>Keeps the sign-in in your system keychain, so Backroom does not ask for the password at the next start. Never stored anywhere else.</source>
        <translation>Conserve la connexion dans le trousseau de clés de votre système, afin que Backroom ne demande pas le mot de passe au prochain démarrage. Elle n’est jamais stockée ailleurs.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="71"/>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="83"/>
        <source>Server &amp;address:</source>
        <translation>A&amp;dresse du serveur :</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="85"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="95"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="164"/>
        <source>This program keeps no sign-in: it has no access to a system keychain.</source>
        <translation>Ce programme ne mémorise aucune connexion : il n’a accès à aucun trousseau de clés du système.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="204"/>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="205"/>
        <source>“%1” is not an email address. Enter it as name@example.com.</source>
        <translation>« %1 » n’est pas une adresse e-mail. Saisissez-la sous la forme nom@exemple.com.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="210"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="252"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="272"/>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LowStockModel</name>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="109"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="111"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="113"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="115"/>
        <source>Reorder point</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="117"/>
        <source>Reorder quantity</source>
        <translation>Quantité à commander</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="119"/>
        <source>Days of cover</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="121"/>
        <source>Reorder by</source>
        <translation>Date limite de commande</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Produits, variantes, catégories, prix et promotions : les créer et les modifier, en changer beaucoup à la fois, les importer et les exporter en CSV, et gérer leurs images.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Stock par entrepôt : réceptionner des marchandises, compter et corriger le stock avec un champ de scan, déplacer du stock entre entrepôts et traiter les alertes de stock bas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Retrouver rapidement n’importe quelle commande, lire son historique, l’annuler, et la préparer, l’emballer et l’expédier avec des bordereaux imprimés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Remboursements partiels et complets, avec ou sans remise en stock, et l’état de chacun.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Les expéditions et leur suivi, tel que les transporteurs le communiquent.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Les clients et l’historique de leurs commandes, remboursements et expéditions.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Utilisateurs et rôles, entrepôts, webhooks, et le journal d’audit de qui a modifié quoi.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Sign in to see the areas your account may use.</source>
        <translation>Connectez-vous pour voir les espaces que votre compte peut utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Session ended for %1: sign in again</source>
        <translation>Session terminée pour %1 : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Not signed in: what was waiting for the server was not sent. Choose File › Sign In… to continue.</source>
        <translation>Non connecté : ce qui attendait le serveur n’a pas été envoyé. Choisissez Fichier › Se connecter… pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>Your session has ended.</source>
        <translation>Votre session est terminée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Sign &amp;In…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Check Server &amp;Now</source>
        <translation>Vérifier le serveur &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;About Backroom</source>
        <translation>À &amp;propos de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>About Backroom</source>
        <translation>À propos de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;Le back-office des boutiques en ligne : catalogue, stock, commandes, remboursements et expéditions.&lt;/p&gt;&lt;p&gt;Serveur : %2&lt;/p&gt;&lt;p&gt;Conçu avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NewUserDialog</name>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="34"/>
        <source>New Staff Account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="38"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="42"/>
        <source>Give it to the person in a safe way; they cannot see it anywhere in Backroom.</source>
        <translation>Transmettez-le à la personne de manière sûre ; elle ne peut le voir nulle part dans Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="45"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="55"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="74"/>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="104"/>
        <source>Enter the email address the person signs in with, e.g. name@example.com.</source>
        <translation>Saisissez l’adresse e-mail avec laquelle la personne se connecte, p. ex. nom@exemple.com.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="108"/>
        <source>Enter the person&apos;s name, as colleagues should see it.</source>
        <translation>Saisissez le nom de la personne, tel que ses collègues doivent le voir.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="112"/>
        <source>Enter a first password for the account.</source>
        <translation>Saisissez un premier mot de passe pour le compte.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="121"/>
        <source>Tick at least one role: it decides what the account may use.</source>
        <translation>Cochez au moins un rôle : il détermine ce que le compte peut utiliser.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsModel</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="68"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="70"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="72"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="74"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="78"/>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="80"/>
        <source>Shipment sent</source>
        <translation>Avis d’expédition</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="82"/>
        <source>Delivered</source>
        <translation>Commande livrée</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="84"/>
        <source>Refund issued</source>
        <translation>Remboursement effectué</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="86"/>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="88"/>
        <source>Checkout undone</source>
        <translation>Checkout annulé</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="106"/>
        <source>Queued at</source>
        <translation>Mis en file le</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="108"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="110"/>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="112"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="114"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="116"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsView</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="150"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="151"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="155"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="156"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="157"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="158"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="161"/>
        <source>Send the selected mail again now</source>
        <translation>Renvoyer maintenant l’e-mail sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="177"/>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="229"/>
        <source>The mail to %1 is queued to be sent again.</source>
        <translation>L’e-mail à %1 est en file d’attente pour être renvoyé.</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="235"/>
        <source>Could not retry the mail to %1: %2</source>
        <translation>Impossible de renvoyer l’e-mail à %1 : %2</translation>
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
        <translation>Comme l’adresse de livraison</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="97"/>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="99"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="101"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="105"/>
        <source>Picked</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="107"/>
        <source>Packed</source>
        <translation>Emballée</translation>
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
        <translation>Ouvert, en attente de la marchandise</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="130"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="132"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="134"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="194"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="197"/>
        <source>Confir&amp;m Order</source>
        <translation>Con&amp;firmer la commande</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="198"/>
        <source>Mark &amp;Picked</source>
        <translation>Marquer comme &amp;préparée</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="199"/>
        <source>Mark Pac&amp;ked</source>
        <translation>Marquer comme &amp;emballée</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="200"/>
        <source>&amp;Cancel Order…</source>
        <translation>Ann&amp;uler la commande…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="201"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="204"/>
        <source>Open &amp;Return…</source>
        <translation>Ou&amp;vrir un retour…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="205"/>
        <source>Recei&amp;ve…</source>
        <translation>Récept&amp;ionner…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="206"/>
        <source>Refund Ret&amp;urn…</source>
        <translation>Rembourser le re&amp;tour…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="207"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="210"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="232"/>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="233"/>
        <source>Ships to:</source>
        <translation>Livrer à :</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="234"/>
        <source>Bills to:</source>
        <translation>Facturer à :</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="248"/>
        <source>A note for the team, which the customer does not see; Ctrl+Enter adds it</source>
        <translation>Une note pour l’équipe, que le client ne voit pas ; Ctrl+Entrée l’ajoute</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="261"/>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="262"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="263"/>
        <source>&amp;Timeline</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="264"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="265"/>
        <source>Re&amp;funds</source>
        <translation>Rem&amp;boursements</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="280"/>
        <source>Retur&amp;ns</source>
        <translation>Ret&amp;ours</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="282"/>
        <source>S&amp;hipments</source>
        <translation>&amp;Expéditions</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="296"/>
        <source>Create &amp;Shipment…</source>
        <translation>Créer une ex&amp;pédition…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="432"/>
        <source>Refund of %1: %2.</source>
        <translation>Remboursement de %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="463"/>
        <source>The order could not be loaded: %1</source>
        <translation>Impossible de charger la commande : %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="479"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="480"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="482"/>
        <source>Placed %1 · Payment reference: %2</source>
        <translation>Passée le %1 · Référence de paiement : %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="483"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Sous-total : %1
Remise : %2
Livraison : %3
Taxes (incluses) : %4
Total : %5</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="522"/>
        <source>Fees: %1</source>
        <translation>Frais : %1</translation>
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
        <translation>(%1 reçu(s), %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="584"/>
        <source>No stock is reserved for this order.</source>
        <translation>Aucun stock n’est réservé pour cette commande.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="586"/>
        <source>Your account may not see stock, so where this order&apos;s stock is held is not shown. The warehouse and support roles may see it.</source>
        <translation>Votre compte ne peut pas voir le stock : l’endroit où se trouve le stock de cette commande n’est donc pas affiché. Les rôles de personnel d’entrepôt et de service client peuvent le voir.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="600"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="607"/>
        <source>The stock allocation could not be loaded: %1</source>
        <translation>Impossible de charger l’affectation du stock : %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="613"/>
        <source>Reserved until %1.</source>
        <translation>Réservé jusqu’au %1.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="615"/>
        <source>Allocated: the warehouses set this stock aside for the order.</source>
        <translation>Affecté : les entrepôts ont mis ce stock de côté pour la commande.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="617"/>
        <source>Released: this stock went back to the shelves.</source>
        <translation>Libéré : ce stock est retourné en rayon.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="619"/>
        <source>Expired: the reservation ran out before it was allocated.</source>
        <translation>Expiré : la réservation a pris fin avant l’affectation du stock.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="652"/>
        <source>Cancel Order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="658"/>
        <source>Why the order is cancelled, for the timeline (e.g. the customer asked by phone)</source>
        <translation>Pourquoi la commande est annulée, pour l’historique (p. ex. le client l’a demandé par téléphone)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="659"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="663"/>
        <source>Cancelling releases the stock held for the order.</source>
        <translation>L’annulation libère le stock réservé pour la commande.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="666"/>
        <source>Cancel &amp;Order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="669"/>
        <source>&amp;Keep Order</source>
        <translation>&amp;Garder la commande</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="680"/>
        <source>Say why the order is cancelled; the reason goes into its timeline.</source>
        <translation>Indiquez pourquoi la commande est annulée ; le motif est inscrit dans son historique.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="735"/>
        <source>Someone else changed this order meanwhile, so nothing was done. It has been reloaded: check it and act again.</source>
        <translation>Quelqu’un d’autre a modifié cette commande entre-temps ; rien n’a donc été fait. Elle a été rechargée : vérifiez-la et recommencez.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="817"/>
        <source>Open a Return for Order %1</source>
        <translation>Ouvrir un retour pour la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="818"/>
        <source>Choose how many of each line the customer sends back. The goods are received later (Receive…); the money goes back when the return is refunded.</source>
        <translation>Choisissez combien d’unités de chaque ligne le client renvoie. La marchandise est réceptionnée plus tard (Réceptionner…) ; l’argent est rendu lorsque le retour est remboursé.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Returning</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>&amp;Open Return</source>
        <translation>&amp;Ouvrir le retour</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="831"/>
        <source>Quantity of %1 returning</source>
        <translation>Quantité de %1 retournée</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="837"/>
        <source>Why it comes back, for the team (optional)</source>
        <translation>Pourquoi la marchandise revient, pour l’équipe (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="847"/>
        <source>Choose at least one line and how many of it come back.</source>
        <translation>Choisissez au moins une ligne et combien d’unités en reviennent.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="855"/>
        <source>The return is open; receive the goods when they arrive.</source>
        <translation>Le retour est ouvert ; réceptionnez la marchandise à son arrivée.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="869"/>
        <source>Receive Return %1</source>
        <translation>Réceptionner le retour %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="870"/>
        <source>Count what arrived. Sellable goods go back into the warehouse chosen; damaged goods are not restocked.</source>
        <translation>Comptez ce qui est arrivé. La marchandise vendable retourne dans l’entrepôt choisi ; la marchandise endommagée n’est pas remise en stock.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>&amp;Receive</source>
        <translation>&amp;Réceptionner</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="886"/>
        <source>Sellable</source>
        <translation>Vendable</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="887"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="899"/>
        <source>The warehouses could not be loaded, so sellable goods cannot be put back: %1</source>
        <translation>Impossible de charger les entrepôts, la marchandise vendable ne peut donc pas être remise en stock : %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="909"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="930"/>
        <source>Enter how many of at least one line arrived.</source>
        <translation>Indiquez combien d’unités sont arrivées pour au moins une ligne.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="935"/>
        <source>Return %1 received.</source>
        <translation>Retour %1 réceptionné.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="950"/>
        <source>Refund Return %1</source>
        <translation>Rembourser le retour %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="951"/>
        <source>Refunds what arrived, line by line, to the order&apos;s payment.</source>
        <translation>Rembourse ce qui est arrivé, ligne par ligne, sur le paiement de la commande.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="952"/>
        <source>The goods have not arrived yet: this refunds the lines of the return before they do.</source>
        <translation>La marchandise n’est pas encore arrivée : les lignes du retour sont remboursées avant son arrivée.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="968"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="973"/>
        <source>Return %1 refunded.</source>
        <translation>Retour %1 remboursé.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrdersModel</name>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="147"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="149"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="151"/>
        <source>Fulfilling</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="153"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="155"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="157"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="172"/>
        <source>%1: picked</source>
        <extracomment>An order&apos;s status and its fulfilment step, e.g. &quot;Fulfilling: picked&quot;.</extracomment>
        <translation>%1 : préparée</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="174"/>
        <source>%1: packed</source>
        <translation>%1 : emballée</translation>
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
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="246"/>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="248"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="250"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="252"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="254"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrdersView</name>
    <message>
        <location filename="../ui/ordersview.cpp" line="61"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="63"/>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="66"/>
        <source>Sa&amp;ve View…</source>
        <translation>Enre&amp;gistrer la vue…</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="67"/>
        <source>&amp;Delete View</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="74"/>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="78"/>
        <location filename="../ui/ordersview.cpp" line="158"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="86"/>
        <source>Order number, email or name…</source>
        <translation>Numéro de commande, e-mail ou nom…</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="88"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="91"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="94"/>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="97"/>
        <source>Any SKU</source>
        <translation>Toute référence</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="99"/>
        <source>Orders with a line of this SKU (exactly, in any case).</source>
        <translation>Commandes comportant une ligne de cette référence (exacte, sans tenir compte de la casse).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="100"/>
        <source>S&amp;KU:</source>
        <translation>Réf. (S&amp;KU) :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="103"/>
        <source>e.g. 10-50</source>
        <translation>p. ex. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="105"/>
        <source>The order total, from-to in the shop&apos;s currency; leave either end open (&quot;50-&quot;, &quot;-20&quot;).</source>
        <translation>Le total de la commande, de-à dans la devise de la boutique ; l’une ou l’autre borne peut rester ouverte (« 50- », « -20 »).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="106"/>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="116"/>
        <source>Placed on or after</source>
        <translation>Passée au plus tôt le</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="118"/>
        <source>Placed on or before</source>
        <translation>Passée au plus tard le</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="121"/>
        <source>Vie&amp;w:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="179"/>
        <source>Ta&amp;ble</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="180"/>
        <source>Boa&amp;rd</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="397"/>
        <source>The total range is not valid: write it as from-to in the shop&apos;s currency, e.g. 10-50, 50- or -20.50.</source>
        <translation>La fourchette de total n’est pas valide : écrivez-la sous la forme de-à dans la devise de la boutique, p. ex. 10-50, 50- ou -20.50.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="441"/>
        <source>Your account may not see orders. An administrator can give it the support role.</source>
        <translation>Votre compte ne peut pas voir les commandes. Un administrateur peut lui donner le rôle de service client.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="445"/>
        <source>The orders could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Impossible de charger les commandes : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="447"/>
        <source>The board could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Impossible de charger le tableau : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="452"/>
        <source>%n order(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n commande affichée ; d’autres sur le serveur.</numerusform>
            <numerusform>%n commandes affichées ; d’autres sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="453"/>
        <source>%n order(s).</source>
        <translation>
            <numerusform>%n commande.</numerusform>
            <numerusform>%n commandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="462"/>
        <source>(filters as set)</source>
        <translation>(filtres tels que définis)</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="514"/>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="515"/>
        <source>Name of the view (the current filters are kept under it):</source>
        <translation>Nom de la vue (les filtres actuels sont enregistrés sous ce nom) :</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductEditorDialog</name>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="86"/>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>&amp;Recharger (abandonner les miennes)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="87"/>
        <source>&amp;Keep Mine and Re-apply</source>
        <translation>&amp;Garder les miennes et les réappliquer</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="123"/>
        <source>Someone else changed this product since you opened it, so your changes were not saved. Reload shows their version and discards your edits; Keep Mine loads their version and applies your edits to it, for you to check and save again.</source>
        <translation>Quelqu’un d’autre a modifié ce produit depuis que vous l’avez ouvert : vos modifications n’ont donc pas été enregistrées. Recharger affiche sa version et abandonne vos modifications ; Garder les miennes charge sa version et y applique vos modifications, pour que vous les vérifiiez et enregistriez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="147"/>
        <source>Draft (not for sale)</source>
        <translation>Brouillon (pas en vente)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="150"/>
        <source>Active (on sale)</source>
        <translation>Actif (en vente)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="153"/>
        <source>Archived (no longer sold)</source>
        <translation>Archivé (plus vendu)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="160"/>
        <source>Every variant of a product is priced in this currency.</source>
        <translation>Toutes les variantes d’un produit ont leur prix dans cette devise.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="170"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="171"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="172"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="173"/>
        <source>Curre&amp;ncy:</source>
        <translation>Devi&amp;se :</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="194"/>
        <location filename="../ui/producteditordialog.cpp" line="587"/>
        <source>Specifications</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Compare-at Price</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="199"/>
        <source>name=value pairs separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>paires nom=valeur séparées par des points-virgules, p. ex. taille=M; couleur=Rouge</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="200"/>
        <source>EAN-8, UPC-A, EAN-13 or GTIN-14 digits with their check digit; empty for none</source>
        <translation>chiffres EAN-8, UPC-A, EAN-13 ou GTIN-14 avec leur chiffre de contrôle ; vide si aucun</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="201"/>
        <source>In the currency&apos;s major units, e.g. 12.99</source>
        <translation>En unités principales de la devise, p. ex. 12.99</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="202"/>
        <source>The price before a reduction, above the price; empty for none</source>
        <translation>Le prix avant une réduction, supérieur au prix ; vide si aucun</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="203"/>
        <location filename="../ui/producteditordialog.cpp" line="612"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="210"/>
        <source>S&amp;pecifications</source>
        <translation>Caractéristi&amp;ques</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="212"/>
        <source>&amp;Add Specification</source>
        <translation>&amp;Ajouter une caractéristique</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="214"/>
        <source>Re&amp;move Specification</source>
        <translation>Retirer &amp;la caractéristique</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="222"/>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="224"/>
        <source>Add Var&amp;iant</source>
        <translation>Ajouter une var&amp;iante</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="226"/>
        <source>R&amp;emove Variant</source>
        <translation>Retirer la varia&amp;nte</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="261"/>
        <source>Ima&amp;ges</source>
        <translation>I&amp;mages</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="265"/>
        <source>Bought together</source>
        <translation>Achetés ensemble</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="308"/>
        <source>New Product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="315"/>
        <source>Edit Product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="335"/>
        <source>This product no longer exists. Close the editor and reload the list.</source>
        <translation>Ce produit n’existe plus. Fermez l’éditeur et rechargez la liste.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="336"/>
        <source>The product could not be loaded: %1
Close the editor and open it again to retry.</source>
        <translation>Impossible de charger le produit : %1
Fermez l’éditeur et rouvrez-le pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="363"/>
        <source>Edit Product – %1</source>
        <translation>Modifier le produit – %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="395"/>
        <source>(No category)</source>
        <translation>(Aucune catégorie)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="406"/>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="492"/>
        <source>gives the name “%1” a second time; give each name once</source>
        <translation>donne le nom « %1 » une deuxième fois ; donnez chaque nom une seule fois</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="513"/>
        <source>“%1” is not an amount in %2; write it like %3</source>
        <translation>« %1 » n’est pas un montant en %2 ; écrivez-le comme %3</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="539"/>
        <source>write options as name=value, separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>écrivez les options sous la forme nom=valeur, séparées par des points-virgules, p. ex. taille=M; couleur=Rouge</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="561"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="563"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="565"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="567"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="572"/>
        <location filename="../ui/producteditordialog.cpp" line="581"/>
        <location filename="../ui/producteditordialog.cpp" line="584"/>
        <source>Specification “%1”</source>
        <translation>Caractéristique « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="594"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="596"/>
        <source>Currency</source>
        <translation>Devise</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="681"/>
        <source>Nothing was saved. Correct these fields, then choose Save again:
%1</source>
        <translation>Rien n’a été enregistré. Corrigez ces champs, puis choisissez à nouveau Enregistrer :
%1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="770"/>
        <source>The server did not save the product: %1</source>
        <translation>Le serveur n’a pas enregistré le produit : %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="790"/>
        <source>This is the current version (%1), with the other changes; your edits were discarded.</source>
        <translation>Voici la version actuelle (%1), avec les autres modifications ; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="813"/>
        <source>Your edits are now applied to the current version (%1). Check them and choose Save.</source>
        <translation>Vos modifications sont maintenant appliquées à la version actuelle (%1). Vérifiez-les et choisissez Enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="820"/>
        <source>You both changed: %1; your values are kept.</source>
        <extracomment>%1 lists fields, e.g. &quot;Title, Description&quot;.</extracomment>
        <translation>Vous avez tous deux modifié : %1 ; vos valeurs sont conservées.</translation>
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
        <translation>Ajouter des &amp;fichiers image…</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="83"/>
        <source>Rem&amp;ove Image</source>
        <translation>Su&amp;pprimer l’image</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="84"/>
        <source>Move Earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="85"/>
        <source>Move Later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="88"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="107"/>
        <source>Drop PNG, JPEG or WebP files here to add them; drag a picture to change the order.</source>
        <translation>Déposez ici des fichiers PNG, JPEG ou WebP pour les ajouter ; faites glisser une image pour changer l’ordre.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="111"/>
        <source>Images can be added once the product has been saved for the first time.</source>
        <translation>Les images pourront être ajoutées une fois le produit enregistré pour la première fois.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="133"/>
        <source>Moves the selected picture one place earlier (Ctrl+Left in the list).</source>
        <translation>Avance l’image choisie d’une place (Ctrl+Gauche dans la liste).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="134"/>
        <source>Moves the selected picture one place later (Ctrl+Right in the list).</source>
        <translation>Recule l’image choisie d’une place (Ctrl+Droite dans la liste).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="163"/>
        <source>Add Images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="164"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="210"/>
        <source>%1 × %2 pixels, %3 (%4)</source>
        <translation>%1 × %2 pixels, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="215"/>
        <source>Image %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="247"/>
        <source>Save the product first; images can be added after that.</source>
        <translation>Enregistrez d’abord le produit ; les images pourront être ajoutées ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="256"/>
        <source>%1 is %2; an image may be at most %3. Make it smaller and add it again.</source>
        <translation>%1 fait %2 ; une image peut faire au plus %3. Réduisez-la et ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="263"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="269"/>
        <source>%1 is not a PNG, JPEG or WebP picture of at most %2 × %2 pixels, whatever its name says; choose another file.</source>
        <translation>%1 n’est pas une image PNG, JPEG ou WebP d’au plus %2 × %2 pixels, quoi qu’en dise son nom ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="316"/>
        <source>%1 was not added</source>
        <translation>%1 n’a pas été ajouté</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="318"/>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajouté : %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="337"/>
        <source>The image was not removed</source>
        <translation>L’image n’a pas été supprimée</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="367"/>
        <source>The new order was not saved</source>
        <translation>Le nouvel ordre n’a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="385"/>
        <source>%1: someone else changed this product since you opened it. Close the editor, open the product again and retry.</source>
        <translation>%1 : quelqu’un d’autre a modifié ce produit depuis que vous l’avez ouvert. Fermez l’éditeur, rouvrez le produit et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="392"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductsModel</name>
    <message>
        <location filename="../ui/productsmodel.cpp" line="67"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="69"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="71"/>
        <source>Archived</source>
        <translation>Archivé</translation>
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
        <translation>Dans aucune catégorie</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="133"/>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="153"/>
        <source>Sorting orders the products loaded so far; the server lists them oldest first.</source>
        <translation>Le tri ordonne les produits chargés jusqu’ici ; le serveur les liste du plus ancien au plus récent.</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="158"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="160"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="162"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="164"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="166"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="168"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundDialog</name>
    <message>
        <location filename="../ui/refunddialog.cpp" line="64"/>
        <source>Refund Order %1</source>
        <translation>Rembourser la commande %1</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="68"/>
        <source>Up to %1 can still be refunded to the payment %2.</source>
        <translation>Jusqu’à %1 peuvent encore être remboursés sur le paiement %2.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Restock into</source>
        <translation>Remettre en stock dans</translation>
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
        <translation>Ne pas remettre en stock</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="126"/>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="132"/>
        <source>&amp;Shipping:</source>
        <translation>&amp;Livraison :</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="133"/>
        <source>&amp;Goodwill:</source>
        <translation>&amp;Geste commercial :</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="134"/>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="218"/>
        <source>Choose lines, shipping or a goodwill amount to refund.</source>
        <translation>Choisissez des lignes, les frais de livraison ou un geste commercial à rembourser.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="237"/>
        <source>Refund %1 (tax %2) to the payment; %3 remains refundable after it.</source>
        <translation>Rembourser %1 (dont taxe %2) sur le paiement ; %3 resteront remboursables ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="241"/>
        <source>Above the approval limit: it waits until someone else approves it.</source>
        <translation>Au-delà de la limite d’approbation : le remboursement attend qu’une autre personne l’approuve.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsModel</name>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="46"/>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="48"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="50"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="52"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="54"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="61"/>
        <source>Customer request</source>
        <translation>Demande du client</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="63"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="65"/>
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="67"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="69"/>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="71"/>
        <source>Late delivery</source>
        <translation>Livraison tardive</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="73"/>
        <source>Goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="75"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="128"/>
        <source>Refund</source>
        <extracomment>The number of a refund.</extracomment>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="130"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="132"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="136"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="138"/>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="140"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsView</name>
    <message>
        <location filename="../ui/refundsview.cpp" line="33"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="34"/>
        <source>&amp;Reject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="35"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="44"/>
        <source>A note for the decision (optional)</source>
        <translation>Une note sur la décision (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="53"/>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="54"/>
        <source>Recent refunds</source>
        <translation>Remboursements récents</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="60"/>
        <source>Refunds above the approval limit wait here until someone other than the person who asked approves or rejects them. Refund an order from its detail in Orders.</source>
        <translation>Les remboursements au-delà de la limite d’approbation attendent ici qu’une personne autre que le demandeur les approuve ou les rejette. Remboursez une commande depuis son détail dans Commandes.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="173"/>
        <source>Approved the refund of %1: %2.</source>
        <translation>Remboursement %1 approuvé : %2.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="174"/>
        <source>Rejected the refund of %1.</source>
        <translation>Remboursement %1 rejeté.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RolesDialog</name>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="28"/>
        <source>Change Roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="29"/>
        <source>Roles of %1. What each role may do takes effect at the account&apos;s next sign-in or session renewal.</source>
        <translation>Rôles de %1. Ce que chaque rôle permet prend effet à la prochaine connexion ou au prochain renouvellement de session du compte.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="53"/>
        <source>&amp;Save Roles</source>
        <translation>&amp;Enregistrer les rôles</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="89"/>
        <source>Tick at least one role. To stop someone from signing in, disable the account instead.</source>
        <translation>Cochez au moins un rôle. Pour empêcher quelqu’un de se connecter, désactivez plutôt le compte.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="108"/>
        <source>The server changed the roles but did not send the account back. Reload the list to see it.</source>
        <translation>Le serveur a modifié les rôles mais n’a pas renvoyé le compte. Rechargez la liste pour le voir.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagaMonitorView</name>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="74"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="82"/>
        <source>Re&amp;try…</source>
        <translation>Réess&amp;ayer…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="83"/>
        <source>Co&amp;mpensate…</source>
        <translation>&amp;Compenser…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="86"/>
        <source>Needing attention (running, compensating, failed)</source>
        <translation>À traiter (en cours, en compensation, échouées)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="91"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="93"/>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="129"/>
        <source>Run the step under way (or the outstanding compensations) now instead of waiting for the next automatic attempt.</source>
        <translation>Exécuter maintenant l’étape en cours (ou les compensations en attente) au lieu d’attendre la prochaine tentative automatique.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="132"/>
        <source>Undo what the saga did: refund the payment, release the stock, cancel the order.</source>
        <translation>Annuler ce que la saga a fait : rembourser le paiement, libérer le stock, annuler la commande.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="238"/>
        <source>Payment provider: unknown (%1)</source>
        <translation>Prestataire de paiement : inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="246"/>
        <source>Payment provider: none configured; checkouts cannot take payments.</source>
        <translation>Prestataire de paiement : aucun configuré ; les commandes ne peuvent pas être payées.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="248"/>
        <source>Payment provider: working (circuit closed).</source>
        <translation>Prestataire de paiement : opérationnel (disjoncteur fermé).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="250"/>
        <source>Payment provider: recovering; trial payments are let through (circuit half-open).</source>
        <translation>Prestataire de paiement : en rétablissement ; des paiements d’essai passent (disjoncteur semi-ouvert).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="252"/>
        <source>Payment provider: failing; checkouts are refused for %1 more seconds (circuit open).</source>
        <translation>Prestataire de paiement : en panne ; les commandes sont refusées pendant encore %1 secondes (disjoncteur ouvert).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="256"/>
        <source>Last failure: %1</source>
        <translation>Dernier échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="320"/>
        <source>The sagas could not be loaded: %1
Reload to try again.</source>
        <translation>Impossible de charger les sagas : %1
Rechargez pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="323"/>
        <source>Loading the sagas…</source>
        <translation>Chargement des sagas…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="325"/>
        <source>Sagas shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Sagas affichées : %L1, les plus récentes d’abord ; faites défiler vers le bas pour les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="327"/>
        <source>No sagas in this state.</source>
        <translation>Aucune saga dans cet état.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="329"/>
        <source>Sagas: %L1, newest first.</source>
        <translation>Sagas : %L1, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="360"/>
        <source>The saga could not be loaded: %1</source>
        <translation>Impossible de charger la saga : %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="376"/>
        <source>Select a saga to see its steps.</source>
        <translation>Sélectionnez une saga pour voir ses étapes.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="381"/>
        <source>Loading the saga…</source>
        <translation>Chargement de la saga…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="388"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="390"/>
        <source>Checkout %1: %2 at %3.</source>
        <translation>Checkout %1 : %2 à l’étape %3.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="393"/>
        <source>Order: %1. Reservation: %2. Charge: %3 (card ending %4).</source>
        <translation>Commande : %1. Réservation : %2. Débit : %3 (carte se terminant par %4).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="395"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="397"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sagamonitorview.cpp" line="399"/>
        <source>Waited %n time(s); next automatic attempt %1.</source>
        <translation>
            <numerusform>%n attente ; prochaine tentative automatique %1.</numerusform>
            <numerusform>%n attentes ; prochaine tentative automatique %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="403"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="429"/>
        <source>Retry Saga</source>
        <translation>Réessayer la saga</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="430"/>
        <source>Run checkout %1 on now? The step under way runs at once; a payment whose outcome is unknown is asked for, never charged again.</source>
        <translation>Poursuivre le checkout %1 maintenant ? L’étape en cours s’exécute immédiatement ; un paiement dont le résultat est inconnu est vérifié, jamais débité à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="435"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="449"/>
        <source>Compensate Saga</source>
        <translation>Compenser la saga</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="452"/>
        <source>Undo checkout %1? Its order is cancelled, which releases the stock and refunds the payment. This cannot be reversed.</source>
        <translation>Annuler le checkout %1 ? Sa commande est annulée, ce qui libère le stock et rembourse le paiement. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="455"/>
        <source>Undo checkout %1? Whatever it charged is refunded, the stock it holds is released, and the customer is told the checkout did not go through. This cannot be reversed.</source>
        <translation>Annuler le checkout %1 ? Tout montant débité est remboursé, le stock réservé est libéré et le client est informé que le checkout n’a pas abouti. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="464"/>
        <source>Why (for the audit log and the order&apos;s timeline)</source>
        <translation>Pourquoi (pour le journal d’audit et l’historique de la commande)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="465"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="469"/>
        <source>&amp;Compensate</source>
        <translation>&amp;Compenser</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="510"/>
        <source>The saga was not changed: %1</source>
        <translation>La saga n’a pas été modifiée : %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="521"/>
        <source>Retried checkout %1; it is now: %2.</source>
        <translation>Checkout %1 relancé ; état actuel : %2.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="522"/>
        <source>Compensated checkout %1; it is now: %2.</source>
        <translation>Checkout %1 compensé ; état actuel : %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagasModel</name>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="69"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="71"/>
        <source>Compensating</source>
        <translation>En compensation</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="73"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="75"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="83"/>
        <location filename="../ui/sagasmodel.cpp" line="140"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="84"/>
        <source>Reserve inventory</source>
        <translation>Réserver le stock</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="85"/>
        <source>Process payment</source>
        <translation>Traiter le paiement</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="86"/>
        <source>Create order</source>
        <translation>Créer la commande</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="87"/>
        <source>Send confirmation</source>
        <translation>Envoyer la confirmation</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="88"/>
        <source>Update analytics</source>
        <translation>Mettre à jour les statistiques</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="89"/>
        <source>Refund payment</source>
        <translation>Rembourser le paiement</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="90"/>
        <source>Release reservation</source>
        <translation>Libérer la réservation</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="91"/>
        <source>Cancellation notice</source>
        <translation>Avis d’annulation</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="92"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="142"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="144"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="146"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="148"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="150"/>
        <source>Waits</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="152"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanQueue</name>
    <message>
        <location filename="../ui/scanqueue.cpp" line="68"/>
        <source>The scan queue needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite). Install it and start Backroom again.</source>
        <translation>La file d’attente des scans a besoin du pilote SQLite de Qt, qui n’est pas installé (Debian : libqt6sql6-sqlite). Installez-le et redémarrez Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="74"/>
        <source>The folder %1 for the scan queue could not be created. Check its permissions.</source>
        <translation>Impossible de créer le dossier %1 de la file d’attente des scans. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="81"/>
        <source>The scan queue %1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir la file d’attente des scans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="99"/>
        <source>The scan queue %1 could not be prepared: %2. It may belong to another program; move it away and start Backroom again.</source>
        <translation>Impossible de préparer la file d’attente des scans %1 : %2. Elle appartient peut-être à un autre programme ; déplacez-la ailleurs et redémarrez Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="129"/>
        <source>Scan a barcode or type a SKU.</source>
        <translation>Scannez un code-barres ou saisissez une référence.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="131"/>
        <source>Choose the warehouse first.</source>
        <translation>Choisissez d’abord l’entrepôt.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="133"/>
        <source>Enter how many units arrived: 1 or more.</source>
        <translation>Saisissez le nombre d’unités arrivées : 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="135"/>
        <source>Enter the counted quantity: 0 or more.</source>
        <translation>Saisissez la quantité comptée : 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="159"/>
        <source>The scan could not be stored in %1: %2. It was not taken; check the disk and scan again.</source>
        <translation>Impossible d’enregistrer le scan dans %1 : %2. Il n’a pas été pris en compte ; vérifiez le disque et scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="302"/>
        <source>Scan station, scanned %1</source>
        <translation>Poste de scan, scanné le %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanStationView</name>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="62"/>
        <source>&amp;Dismiss Refused Scan</source>
        <translation>&amp;Retirer le scan refusé</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="65"/>
        <source>Receive goods</source>
        <translation>Réception de marchandises</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="66"/>
        <source>Count stock</source>
        <translation>Comptage du stock</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="69"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Scannez un code-barres ou saisissez une référence, puis Entrée</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="88"/>
        <source>Scans waiting or refused</source>
        <translation>Scans en attente ou refusés</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Scanned</source>
        <translation>Scanné le</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="97"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="98"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="99"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="100"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="130"/>
        <source>Choose the mode and the warehouse, then scan.</source>
        <translation>Choisissez le mode et l’entrepôt, puis scannez.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="163"/>
        <source>%1 %2 × %3 in %4: on hand now %5.</source>
        <translation>%1 %2 × %3 dans %4 : désormais %5 en stock.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="169"/>
        <source>Refused: %1 × %2 (%3). %4</source>
        <translation>Refusé : %1 × %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="175"/>
        <source>The server cannot be reached; scans are kept on this computer and sent when it is back. %1</source>
        <translation>Le serveur est injoignable ; les scans sont conservés sur cet ordinateur et envoyés dès son retour. %1</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="193"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="205"/>
        <source>Your account may not move stock. An administrator can give it the warehouse role.</source>
        <translation>Votre compte ne peut pas déplacer de stock. Un administrateur peut lui donner le rôle de personnel d’entrepôt.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="228"/>
        <source>Scan a barcode or type a SKU first.</source>
        <translation>Scannez d’abord un code-barres ou saisissez une référence.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="256"/>
        <source>Taken: %1 %2 × %3 in %4; sending…</source>
        <translation>Pris en compte : %1 %2 × %3 dans %4 ; envoi…</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="29"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>Impossible d’écrire la capture d’écran %1. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="39"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>Impossible de créer le dossier des captures d’écran %1. Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="157"/>
        <source>The server at %1 accepted the sign-in but sent no tokens. Check that the address points at a Backroom server of a matching version.</source>
        <translation>Le serveur %1 a accepté la connexion mais n’a envoyé aucun jeton. Vérifiez que l’adresse désigne un serveur Backroom de version compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="171"/>
        <source>No sign-in is remembered.</source>
        <translation>Aucune connexion n’est mémorisée.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="188"/>
        <source>No sign-in is remembered for %1 at %2.</source>
        <translation>Aucune connexion n’est mémorisée pour %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="202"/>
        <source>The remembered sign-in is no longer valid: %1</source>
        <translation>La connexion mémorisée n’est plus valide : %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="238"/>
        <source>The server at %1 described the account in a way this program does not understand. Check that it is a Backroom server of a matching version.</source>
        <translation>Le serveur %1 a décrit le compte d’une manière que ce programme ne comprend pas. Vérifiez qu’il s’agit d’un serveur Backroom de version compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="252"/>
        <source>The account %1 has no back-office access. Sign in with a staff account, or ask an administrator to give this one a staff role.</source>
        <translation>Le compte %1 n’a pas accès au back-office. Connectez-vous avec un compte du personnel, ou demandez à un administrateur de donner un rôle du personnel à ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="287"/>
        <source>This was not sent because another account signed in. Try it again if it still applies.</source>
        <translation>Ceci n’a pas été envoyé, car un autre compte s’est connecté. Réessayez si c’est toujours d’actualité.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="307"/>
        <source>This was not sent because you signed out.</source>
        <translation>Ceci n’a pas été envoyé, car vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="345"/>
        <source>You are signed out here, but the server at %1 could not end the session (%2). It ends by itself when it expires.</source>
        <translation>Vous êtes déconnecté ici, mais le serveur %1 n’a pas pu mettre fin à la session (%2). Elle se termine d’elle-même à son expiration.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="403"/>
        <source>You are not signed in. Sign in (File › Sign In…) and try again.</source>
        <translation>Vous n’êtes pas connecté. Connectez-vous (Fichier › Se connecter…) et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="408"/>
        <source>Your session has ended. Sign in again (File › Sign In…) and try again.</source>
        <translation>Votre session est terminée. Reconnectez-vous (Fichier › Se connecter…) et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="490"/>
        <source>The server ended your session: %1</source>
        <translation>Le serveur a mis fin à votre session : %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="499"/>
        <source>The server at %1 renewed the session without sending new tokens. Check that it is a Backroom server of a matching version.</source>
        <translation>Le serveur %1 a renouvelé la session sans envoyer de nouveaux jetons. Vérifiez qu’il s’agit d’un serveur Backroom de version compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="533"/>
        <source>This was not sent because nobody signed in again. Sign in (File › Sign In…) and try again.</source>
        <translation>Ceci n’a pas été envoyé, car personne ne s’est reconnecté. Connectez-vous (Fichier › Se connecter…) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsModel</name>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="86"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="88"/>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="90"/>
        <source>Picked up</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="92"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="94"/>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="96"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="98"/>
        <source>Exception</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="100"/>
        <source>Returned to sender</source>
        <translation>Retournée à l’expéditeur</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="148"/>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="160"/>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="161"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="162"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="163"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="164"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="165"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="166"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsView</name>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="44"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="45"/>
        <source>Exceptions</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="52"/>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="53"/>
        <source>Mark shipped</source>
        <translation>Marquer comme expédiée</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="54"/>
        <source>Packing slip…</source>
        <translation>Bon de livraison…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="55"/>
        <source>Shipping label…</source>
        <translation>Étiquette d’expédition…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="59"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="62"/>
        <source>Any carrier</source>
        <translation>Tout transporteur</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="65"/>
        <source>Warehouse code</source>
        <translation>Code d’entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <location filename="../ui/shipmentsview.cpp" line="90"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="92"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="95"/>
        <source>Print label…</source>
        <translation>Imprimer l’étiquette…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="97"/>
        <source>Save label as PDF…</source>
        <translation>Enregistrer l’étiquette en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="262"/>
        <source>Shipment %1 of order %2 from %3: %4 %5, %6</source>
        <translation>Expédition %1 de la commande %2 depuis %3 : %4 %5, %6</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="343"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="346"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>The printer could not be used; save the PDF instead.</source>
        <translation>Impossible d’utiliser l’imprimante ; enregistrez plutôt le PDF.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save shipping label</source>
        <translation>Enregistrer l’étiquette d’expédition</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save packing slip</source>
        <translation>Enregistrer le bon de livraison</translation>
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
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="38"/>
        <source>Count correction</source>
        <translation>Correction de comptage</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="39"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="40"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="41"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="42"/>
        <source>Returned</source>
        <translation>Retourné</translation>
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
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="91"/>
        <location filename="../ui/stockchangedialog.cpp" line="105"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="93"/>
        <source>Units to add (positive) or take away (negative).</source>
        <translation>Unités à ajouter (positif) ou à retirer (négatif).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="94"/>
        <source>&amp;Change:</source>
        <translation>&amp;Variation :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="97"/>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="100"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="101"/>
        <location filename="../ui/stockchangedialog.cpp" line="111"/>
        <location filename="../ui/stockchangedialog.cpp" line="129"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="104"/>
        <source>Count Stock</source>
        <translation>Compter le stock</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="107"/>
        <source>&amp;Counted:</source>
        <translation>Quantité &amp;comptée :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="110"/>
        <source>Difference:</source>
        <translation>Écart :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="119"/>
        <source>Transfer Stock</source>
        <translation>Transférer du stock</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="120"/>
        <source>&amp;From:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="128"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="132"/>
        <source>Reorder Point</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="140"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="142"/>
        <source>The SKU is low, and on the low-stock list, when its available stock drops below this.</source>
        <translation>La référence est en stock bas, et figure dans la liste de stock bas, quand son stock disponible passe sous ce seuil.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="143"/>
        <source>Reorder &amp;point:</source>
        <translation>&amp;Seuil de réapprovisionnement :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="145"/>
        <source>Computed</source>
        <translation>Calculée</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="147"/>
        <source>How many to order when the SKU is low; Computed suggests enough for the forecast sales until the next delivery.</source>
        <translation>Quantité à commander quand la référence est en stock bas ; Calculée propose assez pour couvrir les ventes prévues jusqu’à la prochaine livraison.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="149"/>
        <source>Reorder &amp;quantity:</source>
        <translation>&amp;Quantité à commander :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="150"/>
        <source>Available now: %1</source>
        <translation>Disponible actuellement : %1</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="174"/>
        <source>Receive Transfer</source>
        <translation>Réceptionner le transfert</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="176"/>
        <source>No. %1: %2, %3 → %4</source>
        <extracomment>A transfer&apos;s number, SKU and route, e.g. &quot;No. 12: MUG-1, MAIN → SHOP&quot;.</extracomment>
        <translation>N° %1 : %2, %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="177"/>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="181"/>
        <source>Still to receive:</source>
        <translation>Reste à réceptionner :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="187"/>
        <source>The units that arrived; the rest stay in transit until they are received.</source>
        <translation>Les unités arrivées ; le reste demeure en transit jusqu’à sa réception.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="188"/>
        <source>&amp;Received:</source>
        <translation>&amp;Reçu :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>Transfer:</source>
        <translation>Transfert :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>SKU:</source>
        <translation>Réf. (SKU) :</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="253"/>
        <source>%1 (on hand now: %2)</source>
        <translation>%1 (en stock actuellement : %2)</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="293"/>
        <source>Choose a warehouse. An administrator adds warehouses in Admin.</source>
        <translation>Choisissez un entrepôt. Un administrateur ajoute les entrepôts dans Administration.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="296"/>
        <source>Enter the units to add (positive) or take away (negative).</source>
        <translation>Saisissez les unités à ajouter (positif) ou à retirer (négatif).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="298"/>
        <source>Choose why the stock changes.</source>
        <translation>Choisissez pourquoi le stock change.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="302"/>
        <source>Choose a warehouse other than the one the stock leaves.</source>
        <translation>Choisissez un entrepôt différent de celui que le stock quitte.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockHistoryModel</name>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="83"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="85"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="87"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="89"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="91"/>
        <source>On hand after</source>
        <translation>En stock après</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="93"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="95"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockModel</name>
    <message>
        <location filename="../ui/stockmodel.cpp" line="127"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="129"/>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="131"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="151"/>
        <source>Available %1 is below the reorder point %2.</source>
        <translation>Disponible : %1, sous le seuil de réapprovisionnement de %2.</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="161"/>
        <location filename="../ui/stockmodel.cpp" line="181"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="177"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="179"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="187"/>
        <location filename="../ui/stockmodel.cpp" line="190"/>
        <source>%1: %2</source>
        <extracomment>A column of one warehouse, e.g. &quot;MAIN: On hand&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="192"/>
        <source>Total: %1</source>
        <extracomment>A column of the totals over all warehouses, e.g. &quot;Total on hand&quot;.</extracomment>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockSkuPanel</name>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="91"/>
        <source>Load More &amp;History</source>
        <translation>Charger plus d’histori&amp;que</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="105"/>
        <source>On hand over the last 90 days and the forecast</source>
        <translation>Stock des 90 derniers jours et prévision</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="109"/>
        <source>Stock history</source>
        <translation>Historique du stock</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="139"/>
        <source>Choose a SKU to see its history and forecast.</source>
        <translation>Choisissez une référence pour voir son historique et sa prévision.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="140"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="173"/>
        <source>The forecast could not be loaded: %1</source>
        <translation>Impossible de charger la prévision : %1</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="206"/>
        <source>Selling about %1 a day.</source>
        <translation>Ventes : environ %1 par jour.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="208"/>
        <source>Stock lasts about %1 days.</source>
        <translation>Le stock couvre environ %1 jours.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="210"/>
        <source>Reorder %1 by %2 (lead time %3 days).</source>
        <translation>Réapprovisionner %1 au plus tard le %2 (délai de livraison : %3 jours).</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="227"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="238"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockView</name>
    <message>
        <location filename="../ui/stockview.cpp" line="46"/>
        <source>&amp;Low stock only</source>
        <translation>Stock &amp;bas uniquement</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="47"/>
        <source>&amp;Adjust…</source>
        <translation>&amp;Ajuster…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="48"/>
        <source>Cou&amp;nt…</source>
        <translation>&amp;Compter…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="49"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="50"/>
        <source>Reorder &amp;Point…</source>
        <translation>&amp;Seuil de réapprovisionnement…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="51"/>
        <location filename="../ui/stockview.cpp" line="149"/>
        <location filename="../ui/stockview.cpp" line="179"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="56"/>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="62"/>
        <source>&amp;Receive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="67"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="75"/>
        <source>SKU, barcode or title…</source>
        <translation>Référence, code-barres ou titre…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="77"/>
        <source>Finds SKUs starting with the text, barcodes and title words, as you type.</source>
        <translation>Trouve, pendant la saisie, les références commençant par le texte, les codes-barres et les mots du titre.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="78"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="81"/>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="82"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt :</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="114"/>
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="146"/>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="151"/>
        <source>SKUs whose available stock is below their reorder point, with how many to reorder and by when. Enter shows a SKU&apos;s levels and history.</source>
        <translation>Références dont le stock disponible est sous leur seuil de réapprovisionnement, avec la quantité à commander et la date limite. Entrée affiche les niveaux et l’historique d’une référence.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="166"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="173"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="174"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="175"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="176"/>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="181"/>
        <source>Stock sent between warehouses. Receive (or Enter) books what arrived at the destination; the rest stays in transit.</source>
        <translation>Stock envoyé entre entrepôts. Réceptionner (ou Entrée) enregistre ce qui est arrivé à destination ; le reste demeure en transit.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="199"/>
        <source>Le&amp;vels</source>
        <translation>&amp;Niveaux</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="200"/>
        <source>Low Stoc&amp;k</source>
        <translation>Stoc&amp;k bas</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="201"/>
        <source>Trans&amp;fers</source>
        <translation>Trans&amp;ferts</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="202"/>
        <source>Scan Stat&amp;ion</source>
        <translation>P&amp;oste de scan</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="260"/>
        <source>The low-stock list could not be loaded: %1</source>
        <translation>Impossible de charger la liste de stock bas : %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="286"/>
        <source>The transfers could not be loaded: %1</source>
        <translation>Impossible de charger les transferts : %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="444"/>
        <source>Your account may not see stock. An administrator can give it the warehouse role.</source>
        <translation>Votre compte ne peut pas voir le stock. Un administrateur peut lui donner le rôle de personnel d’entrepôt.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="446"/>
        <source>The stock could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Impossible de charger le stock : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="448"/>
        <source>The warehouses could not be loaded: %1</source>
        <translation>Impossible de charger les entrepôts : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="453"/>
        <source>%n SKU(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n référence affichée ; d’autres sur le serveur.</numerusform>
            <numerusform>%n références affichées ; d’autres sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="454"/>
        <source>%n SKU(s).</source>
        <translation>
            <numerusform>%n référence.</numerusform>
            <numerusform>%n références.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="81"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom a besoin de l’adresse du serveur et de l’adresse e-mail pour mémoriser une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="82"/>
        <source>There is no sign-in to remember.</source>
        <translation>Il n’y a aucune connexion à mémoriser.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="110"/>
        <location filename="../ui/tokenstore.cpp" line="141"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom a besoin de l’adresse du serveur et de l’adresse e-mail pour retrouver une connexion mémorisée.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="169"/>
        <source>access was declined</source>
        <translation>vous avez refusé l’accès</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="172"/>
        <source>access was denied</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="175"/>
        <source>no keyring service is running</source>
        <translation>aucun service de trousseau n’est en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="178"/>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="186"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>Le trousseau de clés de votre système n’est pas disponible (%1) ; Backroom ne mémorisera pas cette connexion. Déverrouillez ou installez un trousseau (par exemple GNOME Keyring) pour rester connecté.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="191"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>Le trousseau de clés de votre système n’est pas disponible (%1) : Backroom ne peut donc pas utiliser une connexion mémorisée. Reconnectez-vous ; pour rester connecté, déverrouillez ou installez un trousseau (par exemple GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="198"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom n’a pas pu retirer la connexion mémorisée du trousseau de clés de votre système (%1). Déverrouillez le trousseau et déconnectez-vous à nouveau, ou supprimez l’entrée « %2 » avec votre gestionnaire de trousseaux.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TransferModel</name>
    <message>
        <location filename="../ui/transfermodel.cpp" line="62"/>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="64"/>
        <source>Partly received</source>
        <translation>Partiellement reçu</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="66"/>
        <location filename="../ui/transfermodel.cpp" line="131"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="121"/>
        <source>No.</source>
        <extracomment>The number of a transfer.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="123"/>
        <source>SKU</source>
        <translation>Réf. (SKU)</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="125"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="127"/>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="129"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="133"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="135"/>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersModel</name>
    <message>
        <location filename="../ui/usersmodel.cpp" line="47"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="49"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="51"/>
        <source>Merchandiser</source>
        <translation>Merchandiseur</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="53"/>
        <source>Warehouse staff</source>
        <translation>Personnel d’entrepôt</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="55"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="57"/>
        <source>Customer service lead</source>
        <translation>Responsable du service client</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="59"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="100"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="117"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="119"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="121"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="123"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersView</name>
    <message>
        <location filename="../ui/usersview.cpp" line="30"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="31"/>
        <source>Change &amp;Roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="32"/>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="33"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="105"/>
        <source>The accounts could not be loaded: %1
Choose Reload to try again.</source>
        <translation>Les comptes n’ont pas pu être chargés : %1
Choisissez Recharger pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="109"/>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="111"/>
        <source>Accounts shown: %L1; scroll down for more.</source>
        <translation>Comptes affichés : %L1 ; faites défiler vers le bas pour en voir plus.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="113"/>
        <source>Accounts: %L1</source>
        <translation>Comptes : %L1</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="133"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="143"/>
        <source>The account %1 was created.</source>
        <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="160"/>
        <source>The roles of %1 are now: %2.</source>
        <translation>Les rôles de %1 sont désormais : %2.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="175"/>
        <source>Disable Account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="176"/>
        <source>Disable the account %1? It can no longer sign in, and its sessions end. You can enable it again at any time.</source>
        <translation>Désactiver le compte %1 ? Il ne pourra plus se connecter et ses sessions prendront fin. Vous pouvez le réactiver à tout moment.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="181"/>
        <source>&amp;Disable Account</source>
        <translation>&amp;Désactiver le compte</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="199"/>
        <source>The account %1 could not be disabled: %2</source>
        <translation>Le compte %1 n’a pas pu être désactivé : %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="200"/>
        <source>The account %1 could not be enabled: %2</source>
        <translation>Le compte %1 n’a pas pu être activé : %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="210"/>
        <source>The account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="211"/>
        <source>The account %1 is enabled again.</source>
        <translation>Le compte %1 est de nouveau activé.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Se connecter au serveur Backroom à l’adresse &lt;url&gt; au lieu de celui enregistré.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Utiliser la langue &lt;code&gt; (en, de, fr ou es) pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Save a picture of every area the account may use, of the login dialog and of the connection dialog into &lt;directory&gt;, then exit. Needs no display. The areas need a sign-in: give --email and the password on standard input; without --email only the two dialogs are saved.</source>
        <translation>Enregistrer une image de chaque espace que le compte peut utiliser, de la boîte de connexion et de la boîte de connexion au serveur dans &lt;dossier&gt;, puis quitter. Ne nécessite pas d’écran. Les espaces nécessitent une connexion : indiquez --email et le mot de passe sur l’entrée standard ; sans --email, seules les deux boîtes de dialogue sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Sign in as &lt;address&gt;. With --screenshots the password is read from standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E; otherwise the login dialog starts with this address.</source>
        <translation>Se connecter en tant que &lt;adresse&gt;. Avec --screenshots, le mot de passe est lu sur l’entrée standard (une ligne), p. ex. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E ; sinon la boîte de connexion s’ouvre avec cette adresse.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, le back-office des boutiques en ligne.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Not signed in: saving the login and connection dialogs only. Give --email and the password on standard input for pictures of the areas.</source>
        <translation>Non connecté : seules les boîtes de connexion et de connexion au serveur sont enregistrées. Indiquez --email et le mot de passe sur l’entrée standard pour des images des espaces.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>--email needs a server to sign in at: add --server &lt;url&gt;.</source>
        <translation>--email nécessite un serveur auquel se connecter : ajoutez --server &lt;url&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>--email needs the password on standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</source>
        <translation>--email nécessite le mot de passe sur l’entrée standard (une ligne), p. ex. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Could not sign in at %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>--server: %1</source>
        <translation>--server : %1</translation>
    </message>
</context>
</TS>
