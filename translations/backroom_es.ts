<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Backroom::Ui</name>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="82"/>
        <source>Packing slip</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="85"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="86"/>
        <source>Shipment %1 from %2</source>
        <translation>Envío %1 desde %2</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="91"/>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="96"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="97"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="98"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shippingdocuments.cpp" line="121"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="123"/>
        <source>%1 %2, tracking number %3</source>
        <translation>%1 %2, número de seguimiento %3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="147"/>
        <source>TO</source>
        <translation>PARA</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="152"/>
        <source>TRACKING NUMBER</source>
        <translation>NÚMERO DE SEGUIMIENTO</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="159"/>
        <source>Order %1 · %2 parcel(s)%3</source>
        <translation>Pedido %1 · %2 bulto(s)%3</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="162"/>
        <source> · %1 g</source>
        <translation> · %1 g</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="186"/>
        <source>Packing slip %1</source>
        <translation>Albarán %1</translation>
    </message>
    <message>
        <location filename="../ui/shippingdocuments.cpp" line="191"/>
        <source>Shipping label %1</source>
        <translation>Etiqueta de envío %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AdminView</name>
    <message>
        <location filename="../ui/adminview.cpp" line="34"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="44"/>
        <source>&amp;Users and Roles</source>
        <translation>&amp;Usuarios y roles</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="45"/>
        <source>Audit Lo&amp;g</source>
        <translation>Re&amp;gistro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="47"/>
        <source>&amp;Sagas</source>
        <translation>&amp;Sagas</translation>
    </message>
    <message>
        <location filename="../ui/adminview.cpp" line="49"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="82"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>No hay ningún servidor configurado. Elija Archivo › Conectar al servidor… e introduzca su dirección.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="154"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>El servidor en %1 envió una respuesta que no es JSON válido (%2). Compruebe que la dirección corresponde a un servidor Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="169"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
ID de solicitud: %2 (indíquelo cuando informe de este problema).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="182"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Nada acepta conexiones en %1. Compruebe que el servidor Backroom está en marcha y que la dirección y el puerto son correctos.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="186"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>No se encontró el nombre de host «%1». Compruebe cómo está escrita la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="192"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>El servidor en %1 no respondió en %2 s. Compruebe que está en marcha y que se puede acceder a él desde este equipo; un servidor o una red sobrecargados también pueden causarlo.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="196"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>No se pudo establecer una conexión segura con %1: %2. Compruebe que el certificado del servidor es válido y de confianza en este equipo, o si la dirección debería empezar por http://.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>El servidor en %1 cerró la conexión sin responder. Compruebe que la dirección usa el esquema (http:// o https://) y el puerto correctos.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="206"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>La red de este equipo no está disponible (%1). Compruebe su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="209"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>No se pudo comunicar con el servidor en %1: %2. Compruebe la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="222"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>El servidor en %1 pide que inicie sesión antes de responder a %2 (HTTP %3). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="225"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>El servidor en %1 no le permite usar %2 (HTTP %3). Pida acceso a un administrador.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="228"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>El servidor en %1 no conoce %2 (HTTP %3). Compruebe que la dirección corresponde a un servidor Backroom de una versión compatible.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="232"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>El servidor en %1 no pudo responder a %2 (HTTP %3). Vuelva a intentarlo en un momento; si sigue ocurriendo, pida a su administrador que busque el ID de solicitud %4 en el registro del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="235"/>
        <source>The server at %1 rejected the request for %2 (HTTP %3). Check that this program and the server are of matching versions; request id %4.</source>
        <translation>El servidor en %1 rechazó la solicitud de %2 (HTTP %3). Compruebe que este programa y el servidor tienen versiones compatibles; ID de solicitud %4.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AreaView</name>
    <message>
        <location filename="../ui/areaview.cpp" line="25"/>
        <source>This area is not available in this version of Backroom yet.</source>
        <translation>Esta área todavía no está disponible en esta versión de Backroom.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AuditLogModel</name>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="76"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="93"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="95"/>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="97"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="99"/>
        <source>Entity</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="101"/>
        <source>From address</source>
        <translation>Desde la dirección</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="66"/>
        <source>Fro&amp;m:</source>
        <translation>Des&amp;de:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="68"/>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="70"/>
        <source>A&amp;pply Filters</source>
        <translation>A&amp;plicar filtros</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="71"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="82"/>
        <source>e.g. user.update, or user. for all</source>
        <translation>p. ej., user.update, o user. para todas</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="85"/>
        <source>e.g. user</source>
        <translation>p. ej., user</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="95"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="97"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="101"/>
        <source>&amp;Actor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="103"/>
        <source>Act&amp;ion:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="105"/>
        <source>Entity &amp;type:</source>
        <translation>Tipo de o&amp;bjeto:</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="154"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="215"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="222"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="237"/>
        <source>The first day (%1) is after the last day (%2). Choose dates in order.</source>
        <translation>El primer día (%1) es posterior al último día (%2). Elija las fechas en orden.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="263"/>
        <source>The audit log could not be loaded: %1
Check the filters and apply them again.</source>
        <translation>No se pudo cargar el registro de auditoría: %1
Compruebe los filtros y vuelva a aplicarlos.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="269"/>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="271"/>
        <source>Entries shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Entradas mostradas: %L1, las más recientes primero; desplácese hacia abajo para ver las anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="273"/>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="275"/>
        <source>Entries: %L1, newest first.</source>
        <translation>Entradas: %L1, las más recientes primero.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="284"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="289"/>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="290"/>
        <source>%1 by %2 on %3 %4, from %5; request id %6.</source>
        <translation>%1 por %2 en %3 %4, desde %5; id de solicitud %6.</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="292"/>
        <source>an unknown address</source>
        <translation>una dirección desconocida</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="293"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Las recomendaciones aparecen cuando el producto está guardado y activo.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="49"/>
        <source>Loading what is bought together…</source>
        <translation>Cargando los productos comprados juntos…</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="58"/>
        <source>Only active products have recommendations; publish it to see them.</source>
        <translation>Solo los productos activos tienen recomendaciones; publíquelo para verlas.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="59"/>
        <source>Recommendations could not be loaded: %1</source>
        <translation>No se pudieron cargar las recomendaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="73"/>
        <source>(popular)</source>
        <translation>(popular)</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="79"/>
        <source>No orders yet, so nothing to recommend.</source>
        <translation>Todavía no hay pedidos, así que no hay nada que recomendar.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="81"/>
        <source>Too little order history for this product: showing the shop&apos;s most ordered products instead.</source>
        <translation>Historial de pedidos insuficiente para este producto: se muestran en su lugar los productos más pedidos de la tienda.</translation>
    </message>
    <message>
        <location filename="../ui/boughttogetherpanel.cpp" line="84"/>
        <source>Often bought together with this product:</source>
        <translation>Se compra a menudo junto con este producto:</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulkeditdialog.cpp" line="55"/>
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>El %n producto seleccionado</numerusform>
            <numerusform>Los %n productos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="56"/>
        <source>Every product the &amp;filters match</source>
        <translation>Todos los productos que coinciden con los &amp;filtros</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="57"/>
        <source>Change the &amp;price:</source>
        <translation>Cambiar el &amp;precio:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="61"/>
        <source>Change the s&amp;tatus to:</source>
        <translation>Cambiar el es&amp;tado a:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="63"/>
        <source>Move to the &amp;category:</source>
        <translation>Mover a la &amp;categoría:</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="70"/>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="71"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="74"/>
        <source>Change Many Products</source>
        <translation>Cambiar varios productos</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="92"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="102"/>
        <source>Set to</source>
        <translation>Fijar en</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="103"/>
        <source>Raise by %</source>
        <translation>Subir un %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="104"/>
        <source>Lower by %</source>
        <translation>Bajar un %</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="105"/>
        <source>Raise by</source>
        <translation>Subir en</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="106"/>
        <source>Lower by</source>
        <translation>Bajar en</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="107"/>
        <source>e.g. 12.99 or 10</source>
        <translation>p. ej. 12.99 o 10</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="113"/>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="122"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="132"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="133"/>
        <source>What will change</source>
        <translation>Lo que cambiará</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="196"/>
        <source>The percentage must be a number above 0 with at most two decimals, e.g. 10 or 12.5.</source>
        <translation>El porcentaje debe ser un número mayor que 0 con dos decimales como máximo, p. ej. 10 o 12.5.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="204"/>
        <source>The amount must be a price in %1 such as 12.99.</source>
        <translation>El importe debe ser un precio en %1, como 12.99.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="219"/>
        <source>Choose what to change: the price, the status or the category.</source>
        <translation>Elija qué cambiar: el precio, el estado o la categoría.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="248"/>
        <source>The form changed since the preview; preview again before applying.</source>
        <translation>El formulario cambió desde la vista previa; vuelva a generar la vista previa antes de aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="284"/>
        <source>The preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="303"/>
        <source>no category</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="327"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="350"/>
        <source>%L1 product(s) match: %L2 would change, %L3 would stay as they are, %L4 would be refused.</source>
        <translation>Coinciden %L1 producto(s): %L2 cambiarían, %L3 quedarían como están, %L4 se rechazarían.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="353"/>
        <source>The first %L1 changes are listed.</source>
        <translation>Se listan los primeros %L1 cambios.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="355"/>
        <source>Nothing can be applied while any product would be refused: change the form or the selection, then preview again.</source>
        <translation>No se puede aplicar nada mientras algún producto se rechazaría: cambie el formulario o la selección y vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="358"/>
        <source>There is nothing to apply.</source>
        <translation>No hay nada que aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="360"/>
        <source>Choose Apply to make the change, all or nothing.</source>
        <translation>Elija Aplicar para hacer el cambio, todo o nada.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="375"/>
        <source>The change was not started: %1</source>
        <translation>El cambio no se inició: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="378"/>
        <source>Changing the products…</source>
        <translation>Cambiando los productos…</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="391"/>
        <source>Done: %L1 product(s) changed, %L2 left as they were.</source>
        <translation>Hecho: %L1 producto(s) cambiado(s), %L2 sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/bulkeditdialog.cpp" line="398"/>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CatalogView</name>
    <message>
        <location filename="../ui/catalogview.cpp" line="45"/>
        <source>&amp;New Product…</source>
        <translation>&amp;Nuevo producto…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="46"/>
        <source>&amp;Edit Product…</source>
        <translation>&amp;Editar producto…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="47"/>
        <source>Change &amp;Many…</source>
        <translation>Cambiar &amp;varios…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="48"/>
        <source>CS&amp;V</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="49"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="55"/>
        <source>Load &amp;More</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="58"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="66"/>
        <source>Title contains…</source>
        <translation>El título contiene…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="69"/>
        <source>Finds products whose title contains the text, as you type.</source>
        <translation>Encuentra, mientras escribe, los productos cuyo título contiene el texto.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="73"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="77"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="80"/>
        <source>e.g. 10-50</source>
        <translation>p. ej. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="83"/>
        <source>The lowest variant price, from-to in the shop&apos;s currency; leave either end open, e.g. 10- or -50.</source>
        <translation>El precio de variante más bajo, desde-hasta en la moneda de la tienda; cualquiera de los extremos puede quedar abierto, p. ej. 10- o -50.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="85"/>
        <source>&amp;Price:</source>
        <translation>&amp;Precio:</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="92"/>
        <source>&amp;Import Products…</source>
        <translation>&amp;Importar productos…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="93"/>
        <source>&amp;Export Products…</source>
        <translation>&amp;Exportar productos…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="95"/>
        <source>Export Products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="96"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="101"/>
        <source>Import products from a CSV file, or export the products the filters match.</source>
        <translation>Importar productos desde un archivo CSV o exportar los productos que coinciden con los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="102"/>
        <source>Change the price, status or category of the selected products, or of every product the filters match, at once.</source>
        <translation>Cambiar de una vez el precio, el estado o la categoría de los productos seleccionados o de todos los que coinciden con los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="131"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="145"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="244"/>
        <source>Your account may not list or change the shop&apos;s catalog. An administrator can give it the merchandiser role.</source>
        <translation>Su cuenta no puede listar ni cambiar el catálogo de la tienda. Un administrador puede darle el rol de gestor de surtido.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="306"/>
        <source>The products could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudieron cargar los productos: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="317"/>
        <source>Loading products…</source>
        <translation>Cargando productos…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="319"/>
        <source>Products shown: %L1; scroll down or choose Load More for more.</source>
        <translation>Productos mostrados: %L1; desplácese hacia abajo o elija Cargar más para ver más.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="321"/>
        <source>No products match the search and filters.</source>
        <translation>Ningún producto coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="323"/>
        <source>No products yet. Choose New Product to create one.</source>
        <translation>Todavía no hay productos. Elija Nuevo producto para crear uno.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="325"/>
        <source>Products: %L1</source>
        <translation>Productos: %L1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="330"/>
        <source>Sorted by %1 across the whole catalog.</source>
        <translation>Ordenado por %1 en todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="331"/>
        <source>Sorted by %1 among the products loaded; only Title and Price sort the whole catalog.</source>
        <translation>Ordenado por %1 entre los productos cargados; solo Título y Precio ordenan todo el catálogo.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="336"/>
        <source>%L1 selected.</source>
        <translation>%L1 seleccionados.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="389"/>
        <source>Exporting the products to %1…</source>
        <translation>Exportando los productos a %1…</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="404"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="408"/>
        <source>Exported %L1 row(s) to %2.</source>
        <translation>Se exportaron %L1 fila(s) a %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="409"/>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>No se pudo escribir %1: %2. Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="473"/>
        <source>The product “%1” was created.</source>
        <translation>Se creó el producto «%1».</translation>
    </message>
    <message>
        <location filename="../ui/catalogview.cpp" line="477"/>
        <source>The product “%1” was saved.</source>
        <translation>Se guardó el producto «%1».</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CategoryPanel</name>
    <message>
        <location filename="../ui/categorypanel.cpp" line="26"/>
        <source>New &amp;Category…</source>
        <translation>Nueva &amp;categoría…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="27"/>
        <source>&amp;Rename</source>
        <translation>Cambiar n&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="28"/>
        <source>&amp;Delete…</source>
        <translation>Elimin&amp;ar…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="29"/>
        <source>Mo&amp;ve</source>
        <translation>Mo&amp;ver</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="30"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="31"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="32"/>
        <source>Move Out of Parent</source>
        <translation>Sacar de la categoría superior</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="33"/>
        <source>Move Into Category Above</source>
        <translation>Meter en la categoría de arriba</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="37"/>
        <source>Categor&amp;ies</source>
        <translation>Cate&amp;gorías</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="52"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="53"/>
        <source>Choose a category to show its products. Drag a category onto another to move it there, or between two to reorder; F2 renames.</source>
        <translation>Elija una categoría para ver sus productos. Arrastre una categoría sobre otra para moverla allí, o entre dos para reordenarla; F2 cambia el nombre.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="80"/>
        <source>New Category…</source>
        <translation>Nueva categoría…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="82"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="86"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="176"/>
        <source>The categories could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudieron cargar las categorías: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="236"/>
        <source>New Category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="238"/>
        <source>Name of the new top-level category:</source>
        <translation>Nombre de la nueva categoría de primer nivel:</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="239"/>
        <source>Name of the new category inside “%1”:</source>
        <translation>Nombre de la nueva categoría dentro de «%1»:</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="240"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="260"/>
        <source>Delete Category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="261"/>
        <source>Delete the category “%1”? Only an empty category can be deleted: move its products and subcategories elsewhere first.</source>
        <translation>¿Eliminar la categoría «%1»? Solo se puede eliminar una categoría vacía: mueva antes sus productos y subcategorías a otro lugar.</translation>
    </message>
    <message>
        <location filename="../ui/categorypanel.cpp" line="266"/>
        <source>&amp;Delete Category</source>
        <translation>&amp;Eliminar categoría</translation>
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
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="258"/>
        <source>Every product, in any category or none. Drop a category here to make it a top-level one.</source>
        <translation>Todos los productos, en cualquier categoría o en ninguna. Suelte aquí una categoría para llevarla al primer nivel.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="365"/>
        <location filename="../ui/categorytreemodel.cpp" line="393"/>
        <location filename="../ui/categorytreemodel.cpp" line="412"/>
        <location filename="../ui/categorytreemodel.cpp" line="428"/>
        <source>Another change to the categories is on its way; try again when it is done.</source>
        <translation>Otro cambio en las categorías está en curso; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="368"/>
        <location filename="../ui/categorytreemodel.cpp" line="399"/>
        <source>A category needs a name of one line, at most %1 characters.</source>
        <translation>Una categoría necesita un nombre de una sola línea, de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="371"/>
        <source>No category can be created inside “%1”: the tree would be deeper than %2 levels.</source>
        <translation>No se puede crear una categoría dentro de «%1»: el árbol tendría más de %2 niveles.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="374"/>
        <source>The category to create it in no longer exists; reload the tree.</source>
        <translation>La categoría en la que crearla ya no existe; vuelva a cargar el árbol.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="377"/>
        <location filename="../ui/categorytreemodel.cpp" line="401"/>
        <source>There is already a category named “%1” at this place; choose another name.</source>
        <translation>Ya hay una categoría llamada «%1» en este lugar; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="385"/>
        <source>The category “%1” was created.</source>
        <translation>Se creó la categoría «%1».</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="386"/>
        <source>The category “%1” could not be created: %2</source>
        <translation>No se pudo crear la categoría «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="396"/>
        <location filename="../ui/categorytreemodel.cpp" line="415"/>
        <location filename="../ui/categorytreemodel.cpp" line="431"/>
        <source>That category no longer exists; reload the tree.</source>
        <translation>Esa categoría ya no existe; vuelva a cargar el árbol.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="404"/>
        <source>“%1” is now called “%2”.</source>
        <translation>«%1» se llama ahora «%2».</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="405"/>
        <source>“%1” could not be renamed: %2</source>
        <translation>No se pudo cambiar el nombre de «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="417"/>
        <source>“%1” still holds subcategories; move or delete them first.</source>
        <translation>«%1» todavía contiene subcategorías; muévalas o elimínelas primero.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="420"/>
        <source>The category “%1” was deleted.</source>
        <translation>Se eliminó la categoría «%1».</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="421"/>
        <source>“%1” could not be deleted: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="433"/>
        <source>the top level</source>
        <translation>el primer nivel</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="437"/>
        <source>that category no longer exists; reload the tree</source>
        <translation>esa categoría ya no existe; vuelva a cargar el árbol</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="439"/>
        <source>a category cannot go inside itself or one of its own subcategories</source>
        <translation>una categoría no puede ir dentro de sí misma ni de una de sus propias subcategorías</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="441"/>
        <source>the tree would become deeper than %1 levels</source>
        <translation>el árbol tendría más de %1 niveles</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="443"/>
        <source>“%1” cannot move to %2: %3.</source>
        <extracomment>%1 is a category name, %2 where it was dropped (&quot;the top level&quot; or a category), %3 the reason.</extracomment>
        <translation>«%1» no se puede mover a %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="447"/>
        <source>“%1” cannot move to %2: a category there has the same name; rename one of them first.</source>
        <translation>«%1» no se puede mover a %2: allí hay una categoría con el mismo nombre; cambie primero el nombre de una de las dos.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="474"/>
        <source>“%1” moved to %2.</source>
        <translation>«%1» se movió a %2.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="475"/>
        <source>“%1” moved to place %2 of %3.</source>
        <translation>«%1» está ahora en el puesto %2 de %3.</translation>
    </message>
    <message>
        <location filename="../ui/categorytreemodel.cpp" line="476"/>
        <source>“%1” could not be moved: %2</source>
        <translation>No se pudo mover «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="24"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="29"/>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="32"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Introduzca la dirección del servidor Backroom tal como se la dio su administrador.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="74"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Esta dirección no es válida (%1). Use la forma http://host:puerto, por ejemplo http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>The address must start with http:// or https://.</source>
        <translation>La dirección debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>La dirección necesita un nombre de host después de %1://, por ejemplo %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="88"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>No incluya el usuario ni la contraseña en la dirección; iniciará sesión después de conectarse.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="91"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>La dirección no debe contener una consulta (?…) ni un fragmento (#…).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="114"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="124"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>La conexión funciona: servidor Backroom %1, esquema de base de datos %2, listo.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="129"/>
        <source>The server answers but is not ready: %1</source>
        <translation>El servidor responde pero no está listo: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CreateShipmentDialog</name>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="37"/>
        <location filename="../ui/createshipmentdialog.cpp" line="39"/>
        <source>Create Shipment</source>
        <translation>Crear envío</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="40"/>
        <source>Ship now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="49"/>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="50"/>
        <source>not weighed</source>
        <translation>sin pesar</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="54"/>
        <source>&amp;Warehouse</source>
        <translation>&amp;Almacén</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="55"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="56"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="57"/>
        <source>&amp;Tracking number</source>
        <translation>Número de seg&amp;uimiento</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="58"/>
        <source>W&amp;eight</source>
        <translation>P&amp;eso</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="59"/>
        <source>&amp;Parcels</source>
        <translation>&amp;Bultos</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="77"/>
        <source>The order&apos;s open lines could not be read: %1</source>
        <translation>No se pudieron leer las líneas pendientes del pedido: %1</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="83"/>
        <location filename="../ui/createshipmentdialog.cpp" line="152"/>
        <source>Nothing of this order is waiting to ship.</source>
        <translation>Nada de este pedido está pendiente de envío.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="157"/>
        <source>Put at least one item into the shipment.</source>
        <translation>Añada al menos un artículo al envío.</translation>
    </message>
    <message>
        <location filename="../ui/createshipmentdialog.cpp" line="159"/>
        <source>Type or scan the tracking number from the label.</source>
        <translation>Escriba o escanee el número de seguimiento de la etiqueta.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CsvImportDialog</name>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="34"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="40"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="44"/>
        <source>Import Products from CSV</source>
        <translation>Importar productos desde CSV</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="53"/>
        <source>One row per variant, with the columns of a catalog export. Check reads the file and reports every row it would refuse without changing anything; Import then applies it, all or nothing.</source>
        <translation>Una fila por variante, con las columnas de una exportación del catálogo. Comprobar lee el archivo e informa de cada fila que se rechazaría sin cambiar nada; Importar lo aplica después, todo o nada.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="58"/>
        <source>A .csv file</source>
        <translation>Un archivo .csv</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="59"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="68"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="69"/>
        <source>Rows refused</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="85"/>
        <source>Import Products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="86"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="166"/>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 supera los %2 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="170"/>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation>No se puede leer %1: %2. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="175"/>
        <source>%1 is empty. Choose a CSV file with a header row and one row per variant.</source>
        <translation>%1 está vacío. Elija un archivo CSV con una fila de encabezado y una fila por variante.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="185"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="197"/>
        <source>The file was not taken: %1</source>
        <translation>El archivo no se aceptó: %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="219"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="239"/>
        <source>Checked %L1 row(s): the import would create %L2 product(s), update %L3 and leave %L4 as they are.</source>
        <translation>Se comprobaron %L1 fila(s): la importación crearía %L2 producto(s), actualizaría %L3 y dejaría %L4 como están.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="241"/>
        <source>Imported %L1 row(s): %L2 product(s) created, %L3 updated, %L4 left as they were.</source>
        <translation>Se importaron %L1 fila(s): %L2 producto(s) creado(s), %L3 actualizado(s), %L4 sin cambios.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="247"/>
        <source>%L1 row(s) refused, listed below by line; correct them and check again.</source>
        <translation>%L1 fila(s) rechazada(s), listadas abajo por línea; corríjalas y vuelva a comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="249"/>
        <source>The first %L1 are listed.</source>
        <translation>Se listan las primeras %L1.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="251"/>
        <source>Nothing would be refused: choose Import to apply it.</source>
        <translation>No se rechazaría nada: elija Importar para aplicarlo.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomerReturnsModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="169"/>
        <source>Open</source>
        <extracomment>A return whose goods have not arrived yet.</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="171"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="173"/>
        <location filename="../ui/customersmodel.cpp" line="236"/>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="175"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="228"/>
        <source>Return</source>
        <extracomment>The number of a return.</extracomment>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="230"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="232"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="234"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="238"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="240"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersModel</name>
    <message>
        <location filename="../ui/customersmodel.cpp" line="88"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="90"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="92"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="94"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customersmodel.cpp" line="96"/>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::CustomersView</name>
    <message>
        <location filename="../ui/customersview.cpp" line="67"/>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="80"/>
        <source>A&amp;dd note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="82"/>
        <location filename="../ui/customersview.cpp" line="96"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="89"/>
        <source>Name, email or order number…</source>
        <translation>Nombre, correo electrónico o número de pedido…</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="91"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="137"/>
        <location filename="../ui/customersview.cpp" line="140"/>
        <location filename="../ui/customersview.cpp" line="470"/>
        <source>Orders per month</source>
        <translation>Pedidos por mes</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="145"/>
        <source>The customer&apos;s orders</source>
        <translation>Pedidos del cliente</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="150"/>
        <source>Enter or a double-click opens the order.</source>
        <translation>Intro o un doble clic abre el pedido.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="154"/>
        <source>The refunds of the customer&apos;s orders</source>
        <translation>Los reembolsos de los pedidos del cliente</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="158"/>
        <source>Enter or a double-click opens the refunded order.</source>
        <translation>Intro o un doble clic abre el pedido reembolsado.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="162"/>
        <source>The returns of the customer&apos;s orders</source>
        <translation>Las devoluciones de los pedidos del cliente</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="165"/>
        <source>Enter or a double-click opens the returned order.</source>
        <translation>Intro o un doble clic abre el pedido devuelto.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="169"/>
        <source>Re&amp;funds</source>
        <translation>&amp;Reembolsos</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="170"/>
        <source>Re&amp;turns</source>
        <translation>&amp;Devoluciones</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="173"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="176"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="177"/>
        <source>A note for the team about this customer (Ctrl+Enter adds it)…</source>
        <translation>Una nota para el equipo sobre este cliente (Ctrl+Intro la añade)…</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="434"/>
        <source>Lifetime value: %1 net, %2 refunded</source>
        <extracomment>%1 is the net lifetime value (after refunds), %2 what refunds gave back.</extracomment>
        <translation>Valor del cliente: %1 neto, %2 reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="168"/>
        <source>O&amp;rders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="194"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="393"/>
        <source>The customer could not be loaded: %1</source>
        <translation>No se pudo cargar el cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="421"/>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="422"/>
        <source>Customer since %1</source>
        <translation>Cliente desde %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="424"/>
        <source>The account is disabled.</source>
        <translation>La cuenta está desactivada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="428"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="439"/>
        <source>No orders yet.</source>
        <translation>Todavía no hay pedidos.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="441"/>
        <source>First order %1, last %2</source>
        <translation>Primer pedido %1, último %2</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="455"/>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>No addresses on file.</source>
        <translation>No hay direcciones registradas.</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="457"/>
        <source>Addresses:
%1</source>
        <translation>Direcciones:
%1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="466"/>
        <source>Orders per month: no orders yet</source>
        <translation>Pedidos por mes: todavía no hay pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="471"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="511"/>
        <source>The notes could not be loaded: %1</source>
        <translation>No se pudieron cargar las notas: %1</translation>
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
        <translation>No se añadió la nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="580"/>
        <source>Choose a customer</source>
        <translation>Elija un cliente</translation>
    </message>
    <message>
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customersview.cpp" line="603"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n cliente mostrado</numerusform>
            <numerusform>%n clientes mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardChart</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="150"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="115"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="117"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="119"/>
        <source>Fulfilling</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="121"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="123"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="125"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="202"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="210"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="211"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="212"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="213"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="224"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="227"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="229"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="247"/>
        <source>SKUs low on stock</source>
        <translation>SKU con pocas existencias</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="248"/>
        <source>Orders late to ship</source>
        <translation>Pedidos con envío atrasado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="249"/>
        <source>Refunds awaiting approval</source>
        <translation>Reembolsos pendientes de aprobación</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="250"/>
        <source>Failed checkouts</source>
        <translation>Checkouts fallidos</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="251"/>
        <source>Undelivered webhooks</source>
        <translation>Webhooks no entregados</translation>
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
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="277"/>
        <source>No sales in this period yet. Orders will show here as they come in.</source>
        <translation>Todavía no hay ventas en este periodo. Los pedidos aparecerán aquí a medida que lleguen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>Orders placed in the period, by state</source>
        <translation>Pedidos realizados en el periodo, por estado</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="278"/>
        <source>No orders in this period yet.</source>
        <translation>Todavía no hay pedidos en este periodo.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Top products by revenue</source>
        <translation>Productos principales por ingresos</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="279"/>
        <source>Nothing sold in this period yet.</source>
        <translation>Todavía no se ha vendido nada en este periodo.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>Refunds by reason</source>
        <translation>Reembolsos por motivo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>No refunds in this period. Good news!</source>
        <translation>No hay reembolsos en este periodo. ¡Buenas noticias!</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>Stock value by warehouse</source>
        <translation>Valor de las existencias por almacén</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="281"/>
        <source>No stock on hand yet.</source>
        <translation>Todavía no hay existencias disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="307"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="315"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="316"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="317"/>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Database schema:</source>
        <translation>Esquema de base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="319"/>
        <source>Last checked:</source>
        <translation>Última comprobación:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="320"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="322"/>
        <source>Check &amp;Now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="324"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="403"/>
        <source>Your role does not include reports; ask an administrator for reports:read to see the shop&apos;s figures here.</source>
        <translation>Su rol no incluye los informes; pida reports:read a un administrador para ver aquí las cifras de la tienda.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="532"/>
        <source>Could not read the reports: %1</source>
        <translation>No se pudieron leer los informes: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="558"/>
        <source> (%1% on the previous period)</source>
        <translation> (%1 % respecto al periodo anterior)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="560"/>
        <source>Gross %1 · net %2 · orders: %3 · average order %4 — previous period: gross %5%6</source>
        <translation>Bruto %1 · neto %2 · pedidos: %3 · pedido medio %4 — periodo anterior: bruto %5%6</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="574"/>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="576"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="636"/>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="714"/>
        <source>Confirmed orders not shipped within %1 days; click to list them.</source>
        <translation>Pedidos confirmados no enviados en %1 días; haga clic para verlos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="716"/>
        <source>Click to see them.</source>
        <translation>Haga clic para verlos.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="722"/>
        <source>Save Chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="723"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="727"/>
        <source>Could not write %1; choose a folder you may write to.</source>
        <translation>No se pudo escribir %1; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="734"/>
        <source>Export Chart Data as CSV</source>
        <translation>Exportar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="735"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="751"/>
        <source>There is nothing to export yet; wait until the chart has been read.</source>
        <translation>Todavía no hay nada que exportar; espere a que se cargue el gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="760"/>
        <source>Could not export the data: %1</source>
        <translation>No se pudieron exportar los datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="765"/>
        <source>Could not write %1: %2. Choose a folder you may write to.</source>
        <translation>No se pudo escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
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
        <translation>Ninguno elegido todavía</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::HealthMonitor</name>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="16"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="18"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="20"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="22"/>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="24"/>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="34"/>
        <source>Not connected to a server: choose File › Connect to Server…</source>
        <translation>Sin conexión a un servidor: elija Archivo › Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="36"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="38"/>
        <source>Connected to %1 — ready (server %2, schema %3)</source>
        <translation>Conectado a %1 — listo (servidor %2, esquema %3)</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="42"/>
        <source>Server at %1 is not ready: %2</source>
        <translation>El servidor en %1 no está listo: %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="44"/>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/healthmonitor.cpp" line="113"/>
        <source>Its /readyz answer does not say it is ready. Check that the address points at a Backroom server.</source>
        <translation>Su respuesta a /readyz no indica que esté listo. Compruebe que la dirección corresponde a un servidor Backroom.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::JobWatcher</name>
    <message>
        <location filename="../ui/jobwatcher.cpp" line="84"/>
        <source>The progress of job %1 could not be read: %2
The job goes on on the server; reload the catalog later to see its outcome.</source>
        <translation>No se pudo leer el progreso del trabajo %1: %2
El trabajo continúa en el servidor; vuelva a cargar el catálogo más tarde para ver su resultado.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LanguageLoader</name>
    <message>
        <location filename="../ui/languageloader.cpp" line="57"/>
        <source>“%1” is not a supported language. Choose one of: %2.</source>
        <translation>«%1» no es un idioma admitido. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <location filename="../ui/languageloader.cpp" line="63"/>
        <source>The translation for “%1” is missing from %2.</source>
        <translation>Falta la traducción para «%1» en %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="33"/>
        <source>S&amp;tay signed in on this computer</source>
        <translation>&amp;Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="37"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In Again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="40"/>
        <source>Sign In to Backroom</source>
        <translation>Iniciar sesión en Backroom</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="44"/>
        <source>Sign in again to continue. Everything open in the window stays as it is, and what was waiting for the server is sent once you are signed in.</source>
        <translation>Vuelva a iniciar sesión para continuar. Todo lo que está abierto en la ventana se queda como está, y lo que esperaba al servidor se envía en cuanto haya iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="46"/>
        <source>Sign in with the staff account your administrator gave you.</source>
        <translation>Inicie sesión con la cuenta de personal que le dio su administrador.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="61"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="67"/>
        <source>Keeps the sign-in in your system keychain, so Backroom does not ask for the password at the next start. Never stored anywhere else.</source>
        <translation>Guarda el inicio de sesión en el llavero de su sistema, para que Backroom no pida la contraseña en el próximo inicio. Nunca se guarda en ningún otro sitio.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="71"/>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="83"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="85"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="95"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="164"/>
        <source>This program keeps no sign-in: it has no access to a system keychain.</source>
        <translation>Este programa no guarda ningún inicio de sesión: no tiene acceso a un llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="204"/>
        <source>Enter the email address of your account.</source>
        <translation>Introduzca la dirección de correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="205"/>
        <source>“%1” is not an email address. Enter it as name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico. Introdúzcala como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="210"/>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="252"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="272"/>
        <source>Signing in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::LowStockModel</name>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="109"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="111"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="113"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="115"/>
        <source>Reorder point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="117"/>
        <source>Reorder quantity</source>
        <translation>Cantidad de pedido</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="119"/>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <location filename="../ui/lowstockmodel.cpp" line="121"/>
        <source>Reorder by</source>
        <translation>Fecha límite de pedido</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Productos, variantes, categorías, precios y promociones: crearlos y editarlos, cambiar muchos a la vez, importarlos y exportarlos como CSV y gestionar sus imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Existencias por almacén: recibir mercancía, contar y corregir existencias con un campo de escaneo, trasladar existencias entre almacenes y atender las alertas de existencias bajas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Encontrar cualquier pedido rápidamente, leer su historial, cancelarlo, y prepararlo, embalarlo y enviarlo con albaranes impresos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Reembolsos parciales y totales, con o sin reposición de existencias, y el estado de cada uno.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Los envíos y su seguimiento, tal como lo comunican los transportistas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Los clientes y el historial de sus pedidos, reembolsos y envíos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Usuarios y roles, almacenes, webhooks y el registro de auditoría de quién cambió qué.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Sign in to see the areas your account may use.</source>
        <translation>Inicie sesión para ver las áreas que su cuenta puede usar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Session ended for %1: sign in again</source>
        <translation>Sesión finalizada para %1: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Not signed in: what was waiting for the server was not sent. Choose File › Sign In… to continue.</source>
        <translation>Sin sesión iniciada: lo que esperaba al servidor no se envió. Elija Archivo › Iniciar sesión… para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>Your session has ended.</source>
        <translation>Su sesión ha finalizado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Check Server &amp;Now</source>
        <translation>Comprobar el servidor &amp;ahora</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;About Backroom</source>
        <translation>&amp;Acerca de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>About Backroom</source>
        <translation>Acerca de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;La trastienda de las tiendas en línea: catálogo, existencias, pedidos, reembolsos y envíos.&lt;/p&gt;&lt;p&gt;Servidor: %2&lt;/p&gt;&lt;p&gt;Creado con Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NewUserDialog</name>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="34"/>
        <source>New Staff Account</source>
        <translation>Nueva cuenta de personal</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="38"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="42"/>
        <source>Give it to the person in a safe way; they cannot see it anywhere in Backroom.</source>
        <translation>Entréguesela a la persona de forma segura; no podrá verla en ningún lugar de Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="45"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="55"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="74"/>
        <source>&amp;Create Account</source>
        <translation>C&amp;rear cuenta</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="104"/>
        <source>Enter the email address the person signs in with, e.g. name@example.com.</source>
        <translation>Introduzca la dirección de correo electrónico con la que la persona inicia sesión, p. ej., nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="108"/>
        <source>Enter the person&apos;s name, as colleagues should see it.</source>
        <translation>Introduzca el nombre de la persona tal como deben verlo sus compañeros.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="112"/>
        <source>Enter a first password for the account.</source>
        <translation>Introduzca una primera contraseña para la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/newuserdialog.cpp" line="121"/>
        <source>Tick at least one role: it decides what the account may use.</source>
        <translation>Marque al menos un rol: decide qué puede usar la cuenta.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsModel</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="68"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="70"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="72"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="74"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="78"/>
        <source>Order confirmation</source>
        <translation>Confirmación de pedido</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="80"/>
        <source>Shipment sent</source>
        <translation>Aviso de envío</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="82"/>
        <source>Delivered</source>
        <translation>Pedido entregado</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="84"/>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="86"/>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="88"/>
        <source>Checkout undone</source>
        <translation>Checkout revertido</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="106"/>
        <source>Queued at</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="108"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="110"/>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="112"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="114"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="116"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::NotificationsView</name>
    <message>
        <location filename="../ui/notificationsview.cpp" line="150"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="151"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="155"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="156"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="157"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="158"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="161"/>
        <source>Send the selected mail again now</source>
        <translation>Volver a enviar ahora el correo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="177"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="229"/>
        <source>The mail to %1 is queued to be sent again.</source>
        <translation>El correo a %1 está en cola para volver a enviarse.</translation>
    </message>
    <message>
        <location filename="../ui/notificationsview.cpp" line="235"/>
        <source>Could not retry the mail to %1: %2</source>
        <translation>No se pudo reintentar el correo a %1: %2</translation>
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
        <translation>Igual que la dirección de envío</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="97"/>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="99"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="101"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="105"/>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="107"/>
        <source>Packed</source>
        <translation>Embalado</translation>
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
        <translation>Abierta, a la espera de la mercancía</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="130"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="132"/>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="134"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <location filename="../ui/orderdetaildialog.cpp" line="189"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="187"/>
        <source>Discount</source>
        <translation>Descuento</translation>
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
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="192"/>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <source>What</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="191"/>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="194"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="197"/>
        <source>Confir&amp;m Order</source>
        <translation>Con&amp;firmar pedido</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="198"/>
        <source>Mark &amp;Picked</source>
        <translation>Marcar como p&amp;reparado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="199"/>
        <source>Mark Pac&amp;ked</source>
        <translation>Marcar como em&amp;balado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="200"/>
        <source>&amp;Cancel Order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="201"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="202"/>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Opened</source>
        <translation>Abierta el</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="203"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="204"/>
        <source>Open &amp;Return…</source>
        <translation>Abrir &amp;devolución…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="205"/>
        <source>Recei&amp;ve…</source>
        <translation>Rec&amp;ibir…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="206"/>
        <source>Refund Ret&amp;urn…</source>
        <translation>Reembolsar devol&amp;ución…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="207"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="210"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="232"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="233"/>
        <source>Ships to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="234"/>
        <source>Bills to:</source>
        <translation>Facturar a:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="248"/>
        <source>A note for the team, which the customer does not see; Ctrl+Enter adds it</source>
        <translation>Una nota para el equipo, que el cliente no ve; Ctrl+Intro la añade</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="261"/>
        <source>&amp;Order</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="262"/>
        <source>&amp;Stock</source>
        <translation>&amp;Existencias</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="263"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="264"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="265"/>
        <source>Re&amp;funds</source>
        <translation>Reem&amp;bolsos</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="280"/>
        <source>Retur&amp;ns</source>
        <translation>Devoluci&amp;ones</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="281"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="282"/>
        <source>S&amp;hipments</source>
        <translation>En&amp;víos</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="296"/>
        <source>Create &amp;Shipment…</source>
        <translation>Crear env&amp;ío…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="432"/>
        <source>Refund of %1: %2.</source>
        <translation>Reembolso de %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="463"/>
        <source>The order could not be loaded: %1</source>
        <translation>No se pudo cargar el pedido: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="479"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="480"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="482"/>
        <source>Placed %1 · Payment reference: %2</source>
        <translation>Realizado el %1 · Referencia de pago: %2</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="483"/>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>Subtotal: %1
Descuento: %2
Envío: %3
Impuestos (incluidos): %4
Total: %5</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="522"/>
        <source>Fees: %1</source>
        <translation>Comisiones: %1</translation>
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
        <translation>(%1 recibida(s), %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="584"/>
        <source>No stock is reserved for this order.</source>
        <translation>No hay existencias reservadas para este pedido.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="586"/>
        <source>Your account may not see stock, so where this order&apos;s stock is held is not shown. The warehouse and support roles may see it.</source>
        <translation>Su cuenta no puede ver las existencias, por lo que no se muestra dónde están las existencias de este pedido. Los roles de personal de almacén y de atención al cliente sí pueden verlo.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="600"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="607"/>
        <source>The stock allocation could not be loaded: %1</source>
        <translation>No se pudo cargar la asignación de existencias: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="613"/>
        <source>Reserved until %1.</source>
        <translation>Reservado hasta el %1.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="615"/>
        <source>Allocated: the warehouses set this stock aside for the order.</source>
        <translation>Asignado: los almacenes apartaron estas existencias para el pedido.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="617"/>
        <source>Released: this stock went back to the shelves.</source>
        <translation>Liberado: estas existencias volvieron a las estanterías.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="619"/>
        <source>Expired: the reservation ran out before it was allocated.</source>
        <translation>Caducado: la reserva venció antes de asignarse.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="652"/>
        <source>Cancel Order %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="658"/>
        <source>Why the order is cancelled, for the timeline (e.g. the customer asked by phone)</source>
        <translation>Por qué se cancela el pedido, para el historial (p. ej. el cliente lo pidió por teléfono)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="659"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="663"/>
        <source>Cancelling releases the stock held for the order.</source>
        <translation>Al cancelar se liberan las existencias reservadas para el pedido.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="666"/>
        <source>Cancel &amp;Order</source>
        <translation>&amp;Cancelar pedido</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="669"/>
        <source>&amp;Keep Order</source>
        <translation>Conser&amp;var pedido</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="680"/>
        <source>Say why the order is cancelled; the reason goes into its timeline.</source>
        <translation>Indique por qué se cancela el pedido; el motivo se anota en su historial.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="735"/>
        <source>Someone else changed this order meanwhile, so nothing was done. It has been reloaded: check it and act again.</source>
        <translation>Otra persona cambió este pedido mientras tanto, así que no se hizo nada. Se ha vuelto a cargar: revíselo y repita la acción.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="817"/>
        <source>Open a Return for Order %1</source>
        <translation>Abrir una devolución para el pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="818"/>
        <source>Choose how many of each line the customer sends back. The goods are received later (Receive…); the money goes back when the return is refunded.</source>
        <translation>Elija cuántas unidades de cada línea devuelve el cliente. La mercancía se recibe más tarde (Recibir…); el dinero se devuelve cuando se reembolsa la devolución.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Ordered</source>
        <translation>Pedidas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>Returning</source>
        <translation>Devueltas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="820"/>
        <source>&amp;Open Return</source>
        <translation>Abrir &amp;devolución</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="831"/>
        <source>Quantity of %1 returning</source>
        <translation>Cantidad de %1 devuelta</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="837"/>
        <source>Why it comes back, for the team (optional)</source>
        <translation>Por qué se devuelve, para el equipo (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="847"/>
        <source>Choose at least one line and how many of it come back.</source>
        <translation>Elija al menos una línea y cuántas unidades se devuelven.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="855"/>
        <source>The return is open; receive the goods when they arrive.</source>
        <translation>La devolución está abierta; reciba la mercancía cuando llegue.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="869"/>
        <source>Receive Return %1</source>
        <translation>Recibir la devolución %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="870"/>
        <source>Count what arrived. Sellable goods go back into the warehouse chosen; damaged goods are not restocked.</source>
        <translation>Cuente lo que ha llegado. La mercancía vendible vuelve al almacén elegido; la dañada no se repone.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Expected</source>
        <translation>Esperadas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Arrived</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="871"/>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="886"/>
        <source>Sellable</source>
        <translation>Vendible</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="887"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="899"/>
        <source>The warehouses could not be loaded, so sellable goods cannot be put back: %1</source>
        <translation>No se pudieron cargar los almacenes, por lo que la mercancía vendible no puede volver a las existencias: %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="909"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="930"/>
        <source>Enter how many of at least one line arrived.</source>
        <translation>Indique cuántas unidades han llegado de al menos una línea.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="935"/>
        <source>Return %1 received.</source>
        <translation>Devolución %1 recibida.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="950"/>
        <source>Refund Return %1</source>
        <translation>Reembolsar la devolución %1</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="951"/>
        <source>Refunds what arrived, line by line, to the order&apos;s payment.</source>
        <translation>Reembolsa lo que ha llegado, línea por línea, al pago del pedido.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="952"/>
        <source>The goods have not arrived yet: this refunds the lines of the return before they do.</source>
        <translation>La mercancía aún no ha llegado: esto reembolsa las líneas de la devolución antes de que llegue.</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="953"/>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="968"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="973"/>
        <source>Return %1 refunded.</source>
        <translation>Devolución %1 reembolsada.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::OrdersModel</name>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="147"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="149"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="151"/>
        <source>Fulfilling</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="153"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="155"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="157"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="172"/>
        <source>%1: picked</source>
        <extracomment>An order&apos;s status and its fulfilment step, e.g. &quot;Fulfilling: picked&quot;.</extracomment>
        <translation>%1: preparado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="174"/>
        <source>%1: packed</source>
        <translation>%1: embalado</translation>
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
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="246"/>
        <source>Placed</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="248"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="250"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/ordersmodel.cpp" line="252"/>
        <source>Items</source>
        <translation>Artículos</translation>
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
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="63"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="66"/>
        <source>Sa&amp;ve View…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="67"/>
        <source>&amp;Delete View</source>
        <translation>&amp;Eliminar vista</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="74"/>
        <source>Load &amp;More</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="78"/>
        <location filename="../ui/ordersview.cpp" line="158"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="86"/>
        <source>Order number, email or name…</source>
        <translation>Número de pedido, correo electrónico o nombre…</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="88"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="91"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="94"/>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="97"/>
        <source>Any SKU</source>
        <translation>Cualquier SKU</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="99"/>
        <source>Orders with a line of this SKU (exactly, in any case).</source>
        <translation>Pedidos con una línea de este SKU (exacto, sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="100"/>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="103"/>
        <source>e.g. 10-50</source>
        <translation>p. ej. 10-50</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="105"/>
        <source>The order total, from-to in the shop&apos;s currency; leave either end open (&quot;50-&quot;, &quot;-20&quot;).</source>
        <translation>El total del pedido, desde-hasta en la moneda de la tienda; cualquiera de los extremos puede quedar abierto («50-», «-20»).</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="106"/>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="116"/>
        <source>Placed on or after</source>
        <translation>Realizado a partir del</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="118"/>
        <source>Placed on or before</source>
        <translation>Realizado hasta el</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="121"/>
        <source>Vie&amp;w:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="179"/>
        <source>Ta&amp;ble</source>
        <translation>T&amp;abla</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="180"/>
        <source>Boa&amp;rd</source>
        <translation>Table&amp;ro</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="397"/>
        <source>The total range is not valid: write it as from-to in the shop&apos;s currency, e.g. 10-50, 50- or -20.50.</source>
        <translation>El rango del total no es válido: escríbalo como desde-hasta en la moneda de la tienda, p. ej. 10-50, 50- o -20.50.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="441"/>
        <source>Your account may not see orders. An administrator can give it the support role.</source>
        <translation>Su cuenta no puede ver los pedidos. Un administrador puede darle el rol de atención al cliente.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="445"/>
        <source>The orders could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudieron cargar los pedidos: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="447"/>
        <source>The board could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudo cargar el tablero: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="452"/>
        <source>%n order(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n pedido mostrado; hay más en el servidor.</numerusform>
            <numerusform>%n pedidos mostrados; hay más en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ordersview.cpp" line="453"/>
        <source>%n order(s).</source>
        <translation>
            <numerusform>%n pedido.</numerusform>
            <numerusform>%n pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="462"/>
        <source>(filters as set)</source>
        <translation>(filtros tal como están)</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="514"/>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../ui/ordersview.cpp" line="515"/>
        <source>Name of the view (the current filters are kept under it):</source>
        <translation>Nombre de la vista (los filtros actuales se guardan con ese nombre):</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ProductEditorDialog</name>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="86"/>
        <source>&amp;Reload (Discard Mine)</source>
        <translation>Volver a ca&amp;rgar (descartar las mías)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="87"/>
        <source>&amp;Keep Mine and Re-apply</source>
        <translation>Co&amp;nservar las mías y volver a aplicarlas</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="123"/>
        <source>Someone else changed this product since you opened it, so your changes were not saved. Reload shows their version and discards your edits; Keep Mine loads their version and applies your edits to it, for you to check and save again.</source>
        <translation>Otra persona cambió este producto desde que usted lo abrió, así que sus cambios no se guardaron. Volver a cargar muestra su versión y descarta sus cambios; Conservar las mías carga su versión y le aplica sus cambios, para que los revise y guarde de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="147"/>
        <source>Draft (not for sale)</source>
        <translation>Borrador (no está a la venta)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="150"/>
        <source>Active (on sale)</source>
        <translation>Activo (a la venta)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="153"/>
        <source>Archived (no longer sold)</source>
        <translation>Archivado (ya no se vende)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="160"/>
        <source>Every variant of a product is priced in this currency.</source>
        <translation>Todas las variantes de un producto tienen su precio en esta moneda.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="170"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="171"/>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="172"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="173"/>
        <source>Curre&amp;ncy:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="193"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="194"/>
        <location filename="../ui/producteditordialog.cpp" line="587"/>
        <source>Specifications</source>
        <translation>Especificaciones</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="198"/>
        <source>Compare-at Price</source>
        <translation>Precio de comparación</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="199"/>
        <source>name=value pairs separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>pares nombre=valor separados por punto y coma, p. ej. talla=M; color=Rojo</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="200"/>
        <source>EAN-8, UPC-A, EAN-13 or GTIN-14 digits with their check digit; empty for none</source>
        <translation>dígitos EAN-8, UPC-A, EAN-13 o GTIN-14 con su dígito de control; vacío si no hay</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="201"/>
        <source>In the currency&apos;s major units, e.g. 12.99</source>
        <translation>En unidades principales de la moneda, p. ej. 12.99</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="202"/>
        <source>The price before a reduction, above the price; empty for none</source>
        <translation>El precio antes de una rebaja, mayor que el precio; vacío si no hay</translation>
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
        <translation>Es&amp;pecificaciones</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="212"/>
        <source>&amp;Add Specification</source>
        <translation>&amp;Añadir especificación</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="214"/>
        <source>Re&amp;move Specification</source>
        <translation>Q&amp;uitar especificación</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="222"/>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="224"/>
        <source>Add Var&amp;iant</source>
        <translation>Añadir var&amp;iante</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="226"/>
        <source>R&amp;emove Variant</source>
        <translation>Quitar variant&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="261"/>
        <source>Ima&amp;ges</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="265"/>
        <source>Bought together</source>
        <translation>Comprados juntos</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="308"/>
        <source>New Product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="315"/>
        <source>Edit Product</source>
        <translation>Editar producto</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="335"/>
        <source>This product no longer exists. Close the editor and reload the list.</source>
        <translation>Este producto ya no existe. Cierre el editor y vuelva a cargar la lista.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="336"/>
        <source>The product could not be loaded: %1
Close the editor and open it again to retry.</source>
        <translation>No se pudo cargar el producto: %1
Cierre el editor y vuelva a abrirlo para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="363"/>
        <source>Edit Product – %1</source>
        <translation>Editar producto – %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="395"/>
        <source>(No category)</source>
        <translation>(Sin categoría)</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="406"/>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="492"/>
        <source>gives the name “%1” a second time; give each name once</source>
        <translation>da el nombre «%1» por segunda vez; indique cada nombre una sola vez</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="513"/>
        <source>“%1” is not an amount in %2; write it like %3</source>
        <translation>«%1» no es un importe en %2; escríbalo como %3</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="539"/>
        <source>write options as name=value, separated by semicolons, e.g. size=M; colour=Red</source>
        <translation>escriba las opciones como nombre=valor, separadas por punto y coma, p. ej. talla=M; color=Rojo</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="561"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="563"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="565"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="567"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="572"/>
        <location filename="../ui/producteditordialog.cpp" line="581"/>
        <location filename="../ui/producteditordialog.cpp" line="584"/>
        <source>Specification “%1”</source>
        <translation>Especificación «%1»</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="594"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="596"/>
        <source>Currency</source>
        <translation>Moneda</translation>
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
        <translation>No se guardó nada. Corrija estos campos y elija Guardar de nuevo:
%1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="770"/>
        <source>The server did not save the product: %1</source>
        <translation>El servidor no guardó el producto: %1</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="790"/>
        <source>This is the current version (%1), with the other changes; your edits were discarded.</source>
        <translation>Esta es la versión actual (%1), con los otros cambios; sus cambios se descartaron.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="813"/>
        <source>Your edits are now applied to the current version (%1). Check them and choose Save.</source>
        <translation>Sus cambios están ahora aplicados a la versión actual (%1). Revíselos y elija Guardar.</translation>
    </message>
    <message>
        <location filename="../ui/producteditordialog.cpp" line="820"/>
        <source>You both changed: %1; your values are kept.</source>
        <extracomment>%1 lists fields, e.g. &quot;Title, Description&quot;.</extracomment>
        <translation>Ambos cambiaron: %1; se conservan sus valores.</translation>
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
        <translation>Añadir arc&amp;hivos de imagen…</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="83"/>
        <source>Rem&amp;ove Image</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="84"/>
        <source>Move Earlier</source>
        <translation>Adelantar</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="85"/>
        <source>Move Later</source>
        <translation>Atrasar</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="88"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="107"/>
        <source>Drop PNG, JPEG or WebP files here to add them; drag a picture to change the order.</source>
        <translation>Suelte aquí archivos PNG, JPEG o WebP para añadirlos; arrastre una imagen para cambiar el orden.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="111"/>
        <source>Images can be added once the product has been saved for the first time.</source>
        <translation>Podrá añadir imágenes cuando el producto se haya guardado por primera vez.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="133"/>
        <source>Moves the selected picture one place earlier (Ctrl+Left in the list).</source>
        <translation>Adelanta la imagen elegida un puesto (Ctrl+Izquierda en la lista).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="134"/>
        <source>Moves the selected picture one place later (Ctrl+Right in the list).</source>
        <translation>Atrasa la imagen elegida un puesto (Ctrl+Derecha en la lista).</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="163"/>
        <source>Add Images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="164"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="210"/>
        <source>%1 × %2 pixels, %3 (%4)</source>
        <translation>%1 × %2 píxeles, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="215"/>
        <source>Image %1 of %2</source>
        <translation>Imagen %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="247"/>
        <source>Save the product first; images can be added after that.</source>
        <translation>Guarde primero el producto; después podrá añadir imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="256"/>
        <source>%1 is %2; an image may be at most %3. Make it smaller and add it again.</source>
        <translation>%1 ocupa %2; una imagen puede ocupar como máximo %3. Redúzcala y vuelva a añadirla.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="263"/>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="269"/>
        <source>%1 is not a PNG, JPEG or WebP picture of at most %2 × %2 pixels, whatever its name says; choose another file.</source>
        <translation>%1 no es una imagen PNG, JPEG o WebP de como máximo %2 × %2 píxeles, diga lo que diga su nombre; elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="316"/>
        <source>%1 was not added</source>
        <translation>%1 no se añadió</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="318"/>
        <source>%1 was not added: %2</source>
        <translation>%1 no se añadió: %2</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="337"/>
        <source>The image was not removed</source>
        <translation>La imagen no se quitó</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="367"/>
        <source>The new order was not saved</source>
        <translation>El nuevo orden no se guardó</translation>
    </message>
    <message>
        <location filename="../ui/productimagespanel.cpp" line="385"/>
        <source>%1: someone else changed this product since you opened it. Close the editor, open the product again and retry.</source>
        <translation>%1: otra persona cambió este producto desde que lo abrió. Cierre el editor, vuelva a abrir el producto e inténtelo de nuevo.</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="69"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="71"/>
        <source>Archived</source>
        <translation>Archivado</translation>
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
        <translation>En ninguna categoría</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="133"/>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="153"/>
        <source>Sorting orders the products loaded so far; the server lists them oldest first.</source>
        <translation>Ordenar ordena los productos cargados hasta ahora; el servidor los lista del más antiguo al más reciente.</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="158"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="160"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="162"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="164"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="166"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/productsmodel.cpp" line="168"/>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundDialog</name>
    <message>
        <location filename="../ui/refunddialog.cpp" line="64"/>
        <source>Refund Order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="68"/>
        <source>Up to %1 can still be refunded to the payment %2.</source>
        <translation>Aún se pueden reembolsar hasta %1 al pago %2.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="74"/>
        <source>Restock into</source>
        <translation>Reponer en</translation>
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
        <translation>No reponer</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="126"/>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="132"/>
        <source>&amp;Shipping:</source>
        <translation>&amp;Envío:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="133"/>
        <source>&amp;Goodwill:</source>
        <translation>&amp;Cortesía:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="134"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="135"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="218"/>
        <source>Choose lines, shipping or a goodwill amount to refund.</source>
        <translation>Elija líneas, gastos de envío o un importe de cortesía para reembolsar.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="237"/>
        <source>Refund %1 (tax %2) to the payment; %3 remains refundable after it.</source>
        <translation>Reembolsar %1 (impuestos %2) al pago; después quedarán %3 reembolsables.</translation>
    </message>
    <message>
        <location filename="../ui/refunddialog.cpp" line="241"/>
        <source>Above the approval limit: it waits until someone else approves it.</source>
        <translation>Supera el límite de aprobación: esperará hasta que otra persona lo apruebe.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsModel</name>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="46"/>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="48"/>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="50"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="52"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="54"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="61"/>
        <source>Customer request</source>
        <translation>Solicitud del cliente</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="63"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="65"/>
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="67"/>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="69"/>
        <source>Not received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="71"/>
        <source>Late delivery</source>
        <translation>Entrega tardía</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="73"/>
        <source>Goodwill</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="75"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="128"/>
        <source>Refund</source>
        <extracomment>The number of a refund.</extracomment>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="130"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="132"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="136"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="138"/>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location filename="../ui/refundsmodel.cpp" line="140"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RefundsView</name>
    <message>
        <location filename="../ui/refundsview.cpp" line="33"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="34"/>
        <source>&amp;Reject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="35"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="44"/>
        <source>A note for the decision (optional)</source>
        <translation>Una nota sobre la decisión (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="53"/>
        <source>Awaiting approval</source>
        <translation>Pendientes de aprobación</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="54"/>
        <source>Recent refunds</source>
        <translation>Reembolsos recientes</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="60"/>
        <source>Refunds above the approval limit wait here until someone other than the person who asked approves or rejects them. Refund an order from its detail in Orders.</source>
        <translation>Los reembolsos que superan el límite de aprobación esperan aquí hasta que una persona distinta de quien los solicitó los apruebe o rechace. Reembolse un pedido desde su detalle en Pedidos.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="173"/>
        <source>Approved the refund of %1: %2.</source>
        <translation>Reembolso %1 aprobado: %2.</translation>
    </message>
    <message>
        <location filename="../ui/refundsview.cpp" line="174"/>
        <source>Rejected the refund of %1.</source>
        <translation>Reembolso %1 rechazado.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::RolesDialog</name>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="28"/>
        <source>Change Roles</source>
        <translation>Cambiar roles</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="29"/>
        <source>Roles of %1. What each role may do takes effect at the account&apos;s next sign-in or session renewal.</source>
        <translation>Roles de %1. Lo que permite cada rol se aplica en el próximo inicio de sesión o renovación de sesión de la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="53"/>
        <source>&amp;Save Roles</source>
        <translation>&amp;Guardar roles</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="89"/>
        <source>Tick at least one role. To stop someone from signing in, disable the account instead.</source>
        <translation>Marque al menos un rol. Para impedir que alguien inicie sesión, desactive la cuenta en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/rolesdialog.cpp" line="108"/>
        <source>The server changed the roles but did not send the account back. Reload the list to see it.</source>
        <translation>El servidor cambió los roles pero no devolvió la cuenta. Vuelva a cargar la lista para verla.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagaMonitorView</name>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="74"/>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="82"/>
        <source>Re&amp;try…</source>
        <translation>&amp;Reintentar…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="83"/>
        <source>Co&amp;mpensate…</source>
        <translation>&amp;Compensar…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="86"/>
        <source>Needing attention (running, compensating, failed)</source>
        <translation>Requieren atención (en curso, compensando, fallidas)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="91"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="93"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="124"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="129"/>
        <source>Run the step under way (or the outstanding compensations) now instead of waiting for the next automatic attempt.</source>
        <translation>Ejecutar ahora el paso en curso (o las compensaciones pendientes) en lugar de esperar al siguiente intento automático.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="132"/>
        <source>Undo what the saga did: refund the payment, release the stock, cancel the order.</source>
        <translation>Deshacer lo que hizo la saga: reembolsar el pago, liberar las existencias, cancelar el pedido.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="238"/>
        <source>Payment provider: unknown (%1)</source>
        <translation>Proveedor de pagos: desconocido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="246"/>
        <source>Payment provider: none configured; checkouts cannot take payments.</source>
        <translation>Proveedor de pagos: ninguno configurado; los pedidos no pueden cobrarse.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="248"/>
        <source>Payment provider: working (circuit closed).</source>
        <translation>Proveedor de pagos: funcionando (circuito cerrado).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="250"/>
        <source>Payment provider: recovering; trial payments are let through (circuit half-open).</source>
        <translation>Proveedor de pagos: recuperándose; se dejan pasar pagos de prueba (circuito semiabierto).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="252"/>
        <source>Payment provider: failing; checkouts are refused for %1 more seconds (circuit open).</source>
        <translation>Proveedor de pagos: fallando; los pedidos se rechazan durante %1 segundos más (circuito abierto).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="256"/>
        <source>Last failure: %1</source>
        <translation>Último fallo: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="320"/>
        <source>The sagas could not be loaded: %1
Reload to try again.</source>
        <translation>No se pudieron cargar las sagas: %1
Vuelva a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="323"/>
        <source>Loading the sagas…</source>
        <translation>Cargando las sagas…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="325"/>
        <source>Sagas shown: %L1, newest first; scroll down for older ones.</source>
        <translation>Sagas mostradas: %L1, las más recientes primero; desplácese hacia abajo para ver las anteriores.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="327"/>
        <source>No sagas in this state.</source>
        <translation>No hay sagas en este estado.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="329"/>
        <source>Sagas: %L1, newest first.</source>
        <translation>Sagas: %L1, las más recientes primero.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="360"/>
        <source>The saga could not be loaded: %1</source>
        <translation>No se pudo cargar la saga: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="376"/>
        <source>Select a saga to see its steps.</source>
        <translation>Seleccione una saga para ver sus pasos.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="381"/>
        <source>Loading the saga…</source>
        <translation>Cargando la saga…</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="388"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="390"/>
        <source>Checkout %1: %2 at %3.</source>
        <translation>Checkout %1: %2 en %3.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="393"/>
        <source>Order: %1. Reservation: %2. Charge: %3 (card ending %4).</source>
        <translation>Pedido: %1. Reserva: %2. Cargo: %3 (tarjeta terminada en %4).</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="395"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="397"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sagamonitorview.cpp" line="399"/>
        <source>Waited %n time(s); next automatic attempt %1.</source>
        <translation>
            <numerusform>Ha esperado %n vez; próximo intento automático %1.</numerusform>
            <numerusform>Ha esperado %n veces; próximo intento automático %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="403"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="429"/>
        <source>Retry Saga</source>
        <translation>Reintentar la saga</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="430"/>
        <source>Run checkout %1 on now? The step under way runs at once; a payment whose outcome is unknown is asked for, never charged again.</source>
        <translation>¿Continuar ahora el checkout %1? El paso en curso se ejecuta de inmediato; un pago de resultado desconocido se consulta, nunca se vuelve a cobrar.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="435"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="449"/>
        <source>Compensate Saga</source>
        <translation>Compensar la saga</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="452"/>
        <source>Undo checkout %1? Its order is cancelled, which releases the stock and refunds the payment. This cannot be reversed.</source>
        <translation>¿Deshacer el checkout %1? Su pedido se cancela, lo que libera las existencias y reembolsa el pago. Esta acción no se puede revertir.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="455"/>
        <source>Undo checkout %1? Whatever it charged is refunded, the stock it holds is released, and the customer is told the checkout did not go through. This cannot be reversed.</source>
        <translation>¿Deshacer el checkout %1? Todo lo cobrado se reembolsa, se liberan las existencias reservadas y se informa al cliente de que el checkout no se completó. Esta acción no se puede revertir.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="464"/>
        <source>Why (for the audit log and the order&apos;s timeline)</source>
        <translation>Por qué (para el registro de auditoría y el historial del pedido)</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="465"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="469"/>
        <source>&amp;Compensate</source>
        <translation>&amp;Compensar</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="510"/>
        <source>The saga was not changed: %1</source>
        <translation>La saga no se modificó: %1</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="521"/>
        <source>Retried checkout %1; it is now: %2.</source>
        <translation>Checkout %1 reintentado; estado actual: %2.</translation>
    </message>
    <message>
        <location filename="../ui/sagamonitorview.cpp" line="522"/>
        <source>Compensated checkout %1; it is now: %2.</source>
        <translation>Checkout %1 compensado; estado actual: %2.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::SagasModel</name>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="69"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="71"/>
        <source>Compensating</source>
        <translation>Compensando</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="73"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="75"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="83"/>
        <location filename="../ui/sagasmodel.cpp" line="140"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="84"/>
        <source>Reserve inventory</source>
        <translation>Reservar existencias</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="85"/>
        <source>Process payment</source>
        <translation>Procesar el pago</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="86"/>
        <source>Create order</source>
        <translation>Crear el pedido</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="87"/>
        <source>Send confirmation</source>
        <translation>Enviar la confirmación</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="88"/>
        <source>Update analytics</source>
        <translation>Actualizar las estadísticas</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="89"/>
        <source>Refund payment</source>
        <translation>Reembolsar el pago</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="90"/>
        <source>Release reservation</source>
        <translation>Liberar la reserva</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="91"/>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="92"/>
        <source>Cancel order</source>
        <translation>Cancelar el pedido</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="142"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="144"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="146"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="148"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="150"/>
        <source>Waits</source>
        <translation>Esperas</translation>
    </message>
    <message>
        <location filename="../ui/sagasmodel.cpp" line="152"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanQueue</name>
    <message>
        <location filename="../ui/scanqueue.cpp" line="68"/>
        <source>The scan queue needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite). Install it and start Backroom again.</source>
        <translation>La cola de escaneos necesita el controlador SQLite de Qt, que no está instalado (Debian: libqt6sql6-sqlite). Instálelo y vuelva a iniciar Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="74"/>
        <source>The folder %1 for the scan queue could not be created. Check its permissions.</source>
        <translation>No se pudo crear la carpeta %1 para la cola de escaneos. Compruebe sus permisos.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="81"/>
        <source>The scan queue %1 could not be opened: %2</source>
        <translation>No se pudo abrir la cola de escaneos %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="99"/>
        <source>The scan queue %1 could not be prepared: %2. It may belong to another program; move it away and start Backroom again.</source>
        <translation>No se pudo preparar la cola de escaneos %1: %2. Puede que pertenezca a otro programa; muévala a otro lugar y vuelva a iniciar Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="129"/>
        <source>Scan a barcode or type a SKU.</source>
        <translation>Escanee un código de barras o escriba un SKU.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="131"/>
        <source>Choose the warehouse first.</source>
        <translation>Elija primero el almacén.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="133"/>
        <source>Enter how many units arrived: 1 or more.</source>
        <translation>Introduzca cuántas unidades llegaron: 1 o más.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="135"/>
        <source>Enter the counted quantity: 0 or more.</source>
        <translation>Introduzca la cantidad contada: 0 o más.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="159"/>
        <source>The scan could not be stored in %1: %2. It was not taken; check the disk and scan again.</source>
        <translation>No se pudo guardar el escaneo en %1: %2. No se ha registrado; compruebe el disco y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../ui/scanqueue.cpp" line="302"/>
        <source>Scan station, scanned %1</source>
        <translation>Puesto de escaneo, escaneado el %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScanStationView</name>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Receive</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="48"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="62"/>
        <source>&amp;Dismiss Refused Scan</source>
        <translation>&amp;Descartar escaneo rechazado</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="65"/>
        <source>Receive goods</source>
        <translation>Recepción de mercancía</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="66"/>
        <source>Count stock</source>
        <translation>Recuento de existencias</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="69"/>
        <source>Scan a barcode or type a SKU, then Enter</source>
        <translation>Escanee un código de barras o escriba un SKU y pulse Intro</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="88"/>
        <source>Scans waiting or refused</source>
        <translation>Escaneos en espera o rechazados</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="91"/>
        <source>Why refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="97"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="98"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="99"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="100"/>
        <source>&amp;Quantity:</source>
        <translation>Cant&amp;idad:</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="130"/>
        <source>Choose the mode and the warehouse, then scan.</source>
        <translation>Elija el modo y el almacén y luego escanee.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="163"/>
        <source>%1 %2 × %3 in %4: on hand now %5.</source>
        <translation>%1 %2 × %3 en %4: ahora hay %5 en almacén.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="169"/>
        <source>Refused: %1 × %2 (%3). %4</source>
        <translation>Rechazado: %1 × %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="175"/>
        <source>The server cannot be reached; scans are kept on this computer and sent when it is back. %1</source>
        <translation>No se puede acceder al servidor; los escaneos se guardan en este equipo y se envían cuando vuelva a estar disponible. %1</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="193"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="205"/>
        <source>Your account may not move stock. An administrator can give it the warehouse role.</source>
        <translation>Su cuenta no puede mover existencias. Un administrador puede darle el rol de personal de almacén.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="228"/>
        <source>Scan a barcode or type a SKU first.</source>
        <translation>Escanee primero un código de barras o escriba un SKU.</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="256"/>
        <source>Taken: %1 %2 × %3 in %4; sending…</source>
        <translation>Registrado: %1 %2 × %3 en %4; enviando…</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../ui/scanstationview.cpp" line="273"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="29"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>No se pudo escribir la captura de pantalla %1. Compruebe que se puede escribir en el directorio y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="39"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>No se pudo crear el directorio de capturas de pantalla %1. Compruebe la ruta y sus permisos.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::Session</name>
    <message>
        <location filename="../ui/session.cpp" line="157"/>
        <source>The server at %1 accepted the sign-in but sent no tokens. Check that the address points at a Backroom server of a matching version.</source>
        <translation>El servidor en %1 aceptó el inicio de sesión pero no envió tokens. Compruebe que la dirección apunta a un servidor Backroom de una versión compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="171"/>
        <source>No sign-in is remembered.</source>
        <translation>No hay ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="188"/>
        <source>No sign-in is remembered for %1 at %2.</source>
        <translation>No hay ningún inicio de sesión guardado para %1 en %2.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="202"/>
        <source>The remembered sign-in is no longer valid: %1</source>
        <translation>El inicio de sesión guardado ya no es válido: %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="238"/>
        <source>The server at %1 described the account in a way this program does not understand. Check that it is a Backroom server of a matching version.</source>
        <translation>El servidor en %1 describió la cuenta de una forma que este programa no entiende. Compruebe que es un servidor Backroom de una versión compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="252"/>
        <source>The account %1 has no back-office access. Sign in with a staff account, or ask an administrator to give this one a staff role.</source>
        <translation>La cuenta %1 no tiene acceso al back office. Inicie sesión con una cuenta de personal o pida a un administrador que asigne a esta un rol de personal.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="287"/>
        <source>This was not sent because another account signed in. Try it again if it still applies.</source>
        <translation>Esto no se envió porque inició sesión otra cuenta. Vuelva a intentarlo si todavía procede.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="307"/>
        <source>This was not sent because you signed out.</source>
        <translation>Esto no se envió porque cerró la sesión.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="345"/>
        <source>You are signed out here, but the server at %1 could not end the session (%2). It ends by itself when it expires.</source>
        <translation>Ha cerrado la sesión aquí, pero el servidor en %1 no pudo finalizarla (%2). Finaliza por sí sola cuando caduque.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="403"/>
        <source>You are not signed in. Sign in (File › Sign In…) and try again.</source>
        <translation>No ha iniciado sesión. Inicie sesión (Archivo › Iniciar sesión…) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="408"/>
        <source>Your session has ended. Sign in again (File › Sign In…) and try again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión (Archivo › Iniciar sesión…) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="490"/>
        <source>The server ended your session: %1</source>
        <translation>El servidor finalizó su sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="499"/>
        <source>The server at %1 renewed the session without sending new tokens. Check that it is a Backroom server of a matching version.</source>
        <translation>El servidor en %1 renovó la sesión sin enviar tokens nuevos. Compruebe que es un servidor Backroom de una versión compatible.</translation>
    </message>
    <message>
        <location filename="../ui/session.cpp" line="533"/>
        <source>This was not sent because nobody signed in again. Sign in (File › Sign In…) and try again.</source>
        <translation>Esto no se envió porque nadie volvió a iniciar sesión. Inicie sesión (Archivo › Iniciar sesión…) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsModel</name>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="86"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="88"/>
        <source>Label created</source>
        <translation>Etiqueta creada</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="90"/>
        <source>Picked up</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="92"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="94"/>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="96"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="98"/>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="100"/>
        <source>Returned to sender</source>
        <translation>Devuelto al remitente</translation>
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
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="148"/>
        <source>%1 (late)</source>
        <translation>%1 (con retraso)</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="160"/>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="161"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="162"/>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="163"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="164"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="165"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsmodel.cpp" line="166"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ShipmentsView</name>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="44"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="45"/>
        <source>Exceptions</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="52"/>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="53"/>
        <source>Mark shipped</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="54"/>
        <source>Packing slip…</source>
        <translation>Albarán…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="55"/>
        <source>Shipping label…</source>
        <translation>Etiqueta de envío…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="59"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="62"/>
        <source>Any carrier</source>
        <translation>Cualquier transportista</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="65"/>
        <source>Warehouse code</source>
        <translation>Código de almacén</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <location filename="../ui/shipmentsview.cpp" line="90"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="84"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="92"/>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="95"/>
        <source>Print label…</source>
        <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="97"/>
        <source>Save label as PDF…</source>
        <translation>Guardar etiqueta como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="262"/>
        <source>Shipment %1 of order %2 from %3: %4 %5, %6</source>
        <translation>Envío %1 del pedido %2 desde %3: %4 %5, %6</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="343"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="346"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="361"/>
        <source>The printer could not be used; save the PDF instead.</source>
        <translation>No se pudo usar la impresora; guarde el PDF en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save shipping label</source>
        <translation>Guardar etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../ui/shipmentsview.cpp" line="368"/>
        <source>Save packing slip</source>
        <translation>Guardar albarán</translation>
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
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="38"/>
        <source>Count correction</source>
        <translation>Corrección de recuento</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="39"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="40"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="41"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="42"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
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
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="91"/>
        <location filename="../ui/stockchangedialog.cpp" line="105"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="93"/>
        <source>Units to add (positive) or take away (negative).</source>
        <translation>Unidades que añadir (positivo) o quitar (negativo).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="94"/>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="97"/>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="100"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="101"/>
        <location filename="../ui/stockchangedialog.cpp" line="111"/>
        <location filename="../ui/stockchangedialog.cpp" line="129"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="104"/>
        <source>Count Stock</source>
        <translation>Contar existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="107"/>
        <source>&amp;Counted:</source>
        <translation>Cantidad &amp;contada:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="110"/>
        <source>Difference:</source>
        <translation>Diferencia:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="119"/>
        <source>Transfer Stock</source>
        <translation>Trasladar existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="120"/>
        <source>&amp;From:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="128"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="132"/>
        <source>Reorder Point</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="140"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="142"/>
        <source>The SKU is low, and on the low-stock list, when its available stock drops below this.</source>
        <translation>El SKU tiene existencias bajas, y aparece en la lista de existencias bajas, cuando sus existencias disponibles caen por debajo de este valor.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="143"/>
        <source>Reorder &amp;point:</source>
        <translation>&amp;Punto de pedido:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="145"/>
        <source>Computed</source>
        <translation>Calculada</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="147"/>
        <source>How many to order when the SKU is low; Computed suggests enough for the forecast sales until the next delivery.</source>
        <translation>Cuánto pedir cuando el SKU tiene existencias bajas; Calculada sugiere lo suficiente para las ventas previstas hasta la próxima entrega.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="149"/>
        <source>Reorder &amp;quantity:</source>
        <translation>&amp;Cantidad de pedido:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="150"/>
        <source>Available now: %1</source>
        <translation>Disponible ahora: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="174"/>
        <source>Receive Transfer</source>
        <translation>Recibir traslado</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="176"/>
        <source>No. %1: %2, %3 → %4</source>
        <extracomment>A transfer&apos;s number, SKU and route, e.g. &quot;No. 12: MUG-1, MAIN → SHOP&quot;.</extracomment>
        <translation>N.º %1: %2, %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="177"/>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="181"/>
        <source>Still to receive:</source>
        <translation>Pendiente de recibir:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="187"/>
        <source>The units that arrived; the rest stay in transit until they are received.</source>
        <translation>Las unidades que llegaron; el resto sigue en tránsito hasta que se reciba.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="188"/>
        <source>&amp;Received:</source>
        <translation>&amp;Recibido:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>Transfer:</source>
        <translation>Traslado:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="198"/>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="253"/>
        <source>%1 (on hand now: %2)</source>
        <translation>%1 (en almacén ahora: %2)</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="293"/>
        <source>Choose a warehouse. An administrator adds warehouses in Admin.</source>
        <translation>Elija un almacén. Un administrador añade los almacenes en Administración.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="296"/>
        <source>Enter the units to add (positive) or take away (negative).</source>
        <translation>Introduzca las unidades que añadir (positivo) o quitar (negativo).</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="298"/>
        <source>Choose why the stock changes.</source>
        <translation>Elija por qué cambian las existencias.</translation>
    </message>
    <message>
        <location filename="../ui/stockchangedialog.cpp" line="302"/>
        <source>Choose a warehouse other than the one the stock leaves.</source>
        <translation>Elija un almacén distinto de aquel del que salen las existencias.</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="85"/>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="87"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="89"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="91"/>
        <source>On hand after</source>
        <translation>En almacén después</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="93"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="95"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockModel</name>
    <message>
        <location filename="../ui/stockmodel.cpp" line="127"/>
        <source>On hand</source>
        <translation>En almacén</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="129"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="131"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="151"/>
        <source>Available %1 is below the reorder point %2.</source>
        <translation>Disponible: %1, por debajo del punto de pedido de %2.</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="161"/>
        <location filename="../ui/stockmodel.cpp" line="181"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="177"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/stockmodel.cpp" line="179"/>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockSkuPanel</name>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="91"/>
        <source>Load More &amp;History</source>
        <translation>Cargar más &amp;historial</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="105"/>
        <source>On hand over the last 90 days and the forecast</source>
        <translation>Existencias en almacén de los últimos 90 días y previsión</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="109"/>
        <source>Stock history</source>
        <translation>Historial de existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="139"/>
        <source>Choose a SKU to see its history and forecast.</source>
        <translation>Elija un SKU para ver su historial y su previsión.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="140"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="173"/>
        <source>The forecast could not be loaded: %1</source>
        <translation>No se pudo cargar la previsión: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="206"/>
        <source>Selling about %1 a day.</source>
        <translation>Ventas: unas %1 al día.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="208"/>
        <source>Stock lasts about %1 days.</source>
        <translation>Las existencias duran unos %1 días.</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="210"/>
        <source>Reorder %1 by %2 (lead time %3 days).</source>
        <translation>Pedir %1 a más tardar el %2 (plazo de entrega: %3 días).</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="227"/>
        <source>On hand</source>
        <translation>En almacén</translation>
    </message>
    <message>
        <location filename="../ui/stockskupanel.cpp" line="238"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::StockView</name>
    <message>
        <location filename="../ui/stockview.cpp" line="46"/>
        <source>&amp;Low stock only</source>
        <translation>Sol&amp;o existencias bajas</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="47"/>
        <source>&amp;Adjust…</source>
        <translation>A&amp;justar…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="48"/>
        <source>Cou&amp;nt…</source>
        <translation>&amp;Contar…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="49"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasladar…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="50"/>
        <source>Reorder &amp;Point…</source>
        <translation>&amp;Punto de pedido…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="51"/>
        <location filename="../ui/stockview.cpp" line="149"/>
        <location filename="../ui/stockview.cpp" line="179"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="56"/>
        <source>Load &amp;More</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="62"/>
        <source>&amp;Receive…</source>
        <translation>Re&amp;cibir…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="67"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="75"/>
        <source>SKU, barcode or title…</source>
        <translation>SKU, código de barras o título…</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="77"/>
        <source>Finds SKUs starting with the text, barcodes and title words, as you type.</source>
        <translation>Encuentra, mientras escribe, los SKU que empiezan por el texto, los códigos de barras y las palabras del título.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="78"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="81"/>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="82"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="114"/>
        <source>Stock levels</source>
        <translation>Niveles de existencias</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="146"/>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="151"/>
        <source>SKUs whose available stock is below their reorder point, with how many to reorder and by when. Enter shows a SKU&apos;s levels and history.</source>
        <translation>SKU cuyas existencias disponibles están por debajo de su punto de pedido, con cuánto pedir y hasta cuándo. Intro muestra los niveles y el historial de un SKU.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="166"/>
        <source>Transfers</source>
        <translation>Traslados</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="173"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="174"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="175"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="176"/>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="181"/>
        <source>Stock sent between warehouses. Receive (or Enter) books what arrived at the destination; the rest stays in transit.</source>
        <translation>Existencias enviadas entre almacenes. Recibir (o Intro) registra lo que llegó al destino; el resto sigue en tránsito.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="199"/>
        <source>Le&amp;vels</source>
        <translation>&amp;Niveles</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="200"/>
        <source>Low Stoc&amp;k</source>
        <translation>&amp;Existencias bajas</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="201"/>
        <source>Trans&amp;fers</source>
        <translation>T&amp;raslados</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="202"/>
        <source>Scan Stat&amp;ion</source>
        <translation>P&amp;uesto de escaneo</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="260"/>
        <source>The low-stock list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de existencias bajas: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="286"/>
        <source>The transfers could not be loaded: %1</source>
        <translation>No se pudieron cargar los traslados: %1</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="444"/>
        <source>Your account may not see stock. An administrator can give it the warehouse role.</source>
        <translation>Su cuenta no puede ver las existencias. Un administrador puede darle el rol de personal de almacén.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="446"/>
        <source>The stock could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudieron cargar las existencias: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/stockview.cpp" line="448"/>
        <source>The warehouses could not be loaded: %1</source>
        <translation>No se pudieron cargar los almacenes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="453"/>
        <source>%n SKU(s) shown; more on the server.</source>
        <translation>
            <numerusform>%n SKU mostrado; hay más en el servidor.</numerusform>
            <numerusform>%n SKU mostrados; hay más en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stockview.cpp" line="454"/>
        <source>%n SKU(s).</source>
        <translation>
            <numerusform>%n SKU.</numerusform>
            <numerusform>%n SKU.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="81"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom necesita la dirección del servidor y la dirección de correo electrónico para recordar un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="82"/>
        <source>There is no sign-in to remember.</source>
        <translation>No hay ningún inicio de sesión que recordar.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="110"/>
        <location filename="../ui/tokenstore.cpp" line="141"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom necesita la dirección del servidor y la dirección de correo electrónico para encontrar un inicio de sesión recordado.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="169"/>
        <source>access was declined</source>
        <translation>usted rechazó el acceso</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="172"/>
        <source>access was denied</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="175"/>
        <source>no keyring service is running</source>
        <translation>no se está ejecutando ningún servicio de llavero</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="178"/>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="186"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>El llavero de su sistema no está disponible (%1); Backroom no recordará este inicio de sesión. Desbloquee o instale un llavero (p. ej., GNOME Keyring) para mantener la sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="191"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>El llavero de su sistema no está disponible (%1), por lo que Backroom no puede usar un inicio de sesión recordado. Vuelva a iniciar sesión; para mantener la sesión iniciada, desbloquee o instale un llavero (p. ej., GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="198"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom no pudo quitar el inicio de sesión recordado del llavero de su sistema (%1). Desbloquee el llavero y vuelva a cerrar la sesión, o elimine la entrada «%2» con su gestor de llaveros.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TransferModel</name>
    <message>
        <location filename="../ui/transfermodel.cpp" line="62"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="64"/>
        <source>Partly received</source>
        <translation>Recibido en parte</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="66"/>
        <location filename="../ui/transfermodel.cpp" line="131"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="121"/>
        <source>No.</source>
        <extracomment>The number of a transfer.</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="123"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="125"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="127"/>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="129"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="135"/>
        <source>Sent at</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <location filename="../ui/transfermodel.cpp" line="137"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersModel</name>
    <message>
        <location filename="../ui/usersmodel.cpp" line="47"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="49"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="51"/>
        <source>Merchandiser</source>
        <translation>Gestor de surtido</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="53"/>
        <source>Warehouse staff</source>
        <translation>Personal de almacén</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="55"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="57"/>
        <source>Customer service lead</source>
        <translation>Responsable de atención al cliente</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="59"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
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
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="100"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="117"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="119"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="121"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../ui/usersmodel.cpp" line="123"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::UsersView</name>
    <message>
        <location filename="../ui/usersview.cpp" line="30"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="31"/>
        <source>Change &amp;Roles…</source>
        <translation>Cambiar &amp;roles…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="32"/>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="33"/>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="105"/>
        <source>The accounts could not be loaded: %1
Choose Reload to try again.</source>
        <translation>No se pudieron cargar las cuentas: %1
Elija Volver a cargar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="109"/>
        <source>Loading accounts…</source>
        <translation>Cargando cuentas…</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="111"/>
        <source>Accounts shown: %L1; scroll down for more.</source>
        <translation>Cuentas mostradas: %L1; desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="113"/>
        <source>Accounts: %L1</source>
        <translation>Cuentas: %L1</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="128"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="133"/>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="143"/>
        <source>The account %1 was created.</source>
        <translation>Se creó la cuenta %1.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="160"/>
        <source>The roles of %1 are now: %2.</source>
        <translation>Los roles de %1 son ahora: %2.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="175"/>
        <source>Disable Account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="176"/>
        <source>Disable the account %1? It can no longer sign in, and its sessions end. You can enable it again at any time.</source>
        <translation>¿Desactivar la cuenta %1? Ya no podrá iniciar sesión y sus sesiones finalizarán. Puede volver a activarla en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="181"/>
        <source>&amp;Disable Account</source>
        <translation>&amp;Desactivar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="199"/>
        <source>The account %1 could not be disabled: %2</source>
        <translation>No se pudo desactivar la cuenta %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="200"/>
        <source>The account %1 could not be enabled: %2</source>
        <translation>No se pudo activar la cuenta %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="210"/>
        <source>The account %1 is disabled.</source>
        <translation>La cuenta %1 está desactivada.</translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="211"/>
        <source>The account %1 is enabled again.</source>
        <translation>La cuenta %1 vuelve a estar activada.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Conectar al servidor Backroom en &lt;url&gt; en lugar del guardado.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Usar el idioma &lt;código&gt; (en, de, fr o es) en esta ejecución.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Save a picture of every area the account may use, of the login dialog and of the connection dialog into &lt;directory&gt;, then exit. Needs no display. The areas need a sign-in: give --email and the password on standard input; without --email only the two dialogs are saved.</source>
        <translation>Guardar una imagen de cada área que la cuenta puede usar, del diálogo de inicio de sesión y del diálogo de conexión en &lt;directorio&gt; y salir. No necesita pantalla. Las áreas requieren iniciar sesión: indique --email y la contraseña por la entrada estándar; sin --email solo se guardan los dos diálogos.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Sign in as &lt;address&gt;. With --screenshots the password is read from standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E; otherwise the login dialog starts with this address.</source>
        <translation>Iniciar sesión como &lt;dirección&gt;. Con --screenshots la contraseña se lee de la entrada estándar (una línea), p. ej., printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E; si no, el diálogo de inicio de sesión empieza con esta dirección.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, la trastienda de las tiendas en línea.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Not signed in: saving the login and connection dialogs only. Give --email and the password on standard input for pictures of the areas.</source>
        <translation>Sin sesión iniciada: solo se guardan los diálogos de inicio de sesión y de conexión. Indique --email y la contraseña por la entrada estándar para obtener imágenes de las áreas.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>--email needs a server to sign in at: add --server &lt;url&gt;.</source>
        <translation>--email necesita un servidor en el que iniciar sesión: añada --server &lt;url&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>--email needs the password on standard input (one line), e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</source>
        <translation>--email necesita la contraseña por la entrada estándar (una línea), p. ej., printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | backroom --screenshots DIR --server URL --email E</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Could not sign in at %1: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
</TS>
