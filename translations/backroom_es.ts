<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Backroom::Ui::ApiClient</name>
    <message>
        <location filename="../ui/apiclient.cpp" line="72"/>
        <source>No server is set. Choose File › Connect to Server… and enter its address.</source>
        <translation>No hay ningún servidor configurado. Elija Archivo › Conectar al servidor… e introduzca su dirección.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="120"/>
        <source>The server at %1 sent an answer that is not valid JSON (%2). Check that the address points at a Backroom server.</source>
        <translation>El servidor en %1 envió una respuesta que no es JSON válido (%2). Compruebe que la dirección corresponde a un servidor Backroom.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="135"/>
        <source>%1
Request id: %2 (quote it when you report this problem).</source>
        <translation>%1
ID de solicitud: %2 (indíquelo cuando informe de este problema).</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="148"/>
        <source>Nothing is accepting connections at %1. Check that the Backroom server is running and that the address and port are right.</source>
        <translation>Nada acepta conexiones en %1. Compruebe que el servidor Backroom está en marcha y que la dirección y el puerto son correctos.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="152"/>
        <source>The host name “%1” could not be found. Check the spelling of the server address and your network connection.</source>
        <translation>No se encontró el nombre de host «%1». Compruebe cómo está escrita la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="158"/>
        <source>The server at %1 did not answer within %2 s. Check that it is running and reachable from this computer; an overloaded server or network can also cause this.</source>
        <translation>El servidor en %1 no respondió en %2 s. Compruebe que está en marcha y que se puede acceder a él desde este equipo; un servidor o una red sobrecargados también pueden causarlo.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="162"/>
        <source>A secure connection to %1 could not be established: %2. Check that the server&apos;s certificate is valid and trusted on this computer, or whether the address should start with http:// instead.</source>
        <translation>No se pudo establecer una conexión segura con %1: %2. Compruebe que el certificado del servidor es válido y de confianza en este equipo, o si la dirección debería empezar por http://.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="167"/>
        <source>The server at %1 closed the connection without answering. Check that the address uses the right scheme (http:// or https://) and port.</source>
        <translation>El servidor en %1 cerró la conexión sin responder. Compruebe que la dirección usa el esquema (http:// o https://) y el puerto correctos.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="172"/>
        <source>This computer&apos;s network is not available (%1). Check your network connection.</source>
        <translation>La red de este equipo no está disponible (%1). Compruebe su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="175"/>
        <source>Could not talk to the server at %1: %2. Check the server address and your network connection.</source>
        <translation>No se pudo comunicar con el servidor en %1: %2. Compruebe la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="188"/>
        <source>The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.</source>
        <translation>El servidor en %1 pide que inicie sesión antes de responder a %2 (HTTP %3). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="191"/>
        <source>The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.</source>
        <translation>El servidor en %1 no le permite usar %2 (HTTP %3). Pida acceso a un administrador.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="194"/>
        <source>The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom server of a matching version.</source>
        <translation>El servidor en %1 no conoce %2 (HTTP %3). Compruebe que la dirección corresponde a un servidor Backroom de una versión compatible.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="198"/>
        <source>The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps happening, ask your administrator to look for request id %4 in the server log.</source>
        <translation>El servidor en %1 no pudo responder a %2 (HTTP %3). Vuelva a intentarlo en un momento; si sigue ocurriendo, pida a su administrador que busque el ID de solicitud %4 en el registro del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/apiclient.cpp" line="201"/>
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
    <name>Backroom::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="28"/>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="31"/>
        <source>Enter the address of the Backroom server, as your administrator gave it to you.</source>
        <translation>Introduzca la dirección del servidor Backroom tal como se la dio su administrador.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>Enter the server address, for example http://localhost:8080.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="79"/>
        <source>This is not a valid address (%1). Use the form http://host:port, for example http://localhost:8080.</source>
        <translation>Esta dirección no es válida (%1). Use la forma http://host:puerto, por ejemplo http://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>The address must start with http:// or https://.</source>
        <translation>La dirección debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="86"/>
        <source>The address needs a host name after %1://, for example %1://localhost:8080.</source>
        <translation>La dirección necesita un nombre de host después de %1://, por ejemplo %1://localhost:8080.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="89"/>
        <source>Leave the user name and password out of the address; you sign in after connecting.</source>
        <translation>No incluya el usuario ni la contraseña en la dirección; iniciará sesión después de conectarse.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>La dirección no debe contener una consulta (?…) ni un fragmento (#…).</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="125"/>
        <source>Connection works: Backroom server %1, database schema %2, ready.</source>
        <translation>La conexión funciona: servidor Backroom %1, esquema de base de datos %2, listo.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>The server answers but is not ready: %1</source>
        <translation>El servidor responde pero no está listo: %1</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="35"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="41"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="49"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="50"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="51"/>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="52"/>
        <source>Database schema:</source>
        <translation>Esquema de base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="53"/>
        <source>Last checked:</source>
        <translation>Última comprobación:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="54"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="56"/>
        <source>Check &amp;Now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="58"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="69"/>
        <source>Sales, stock and order figures will appear here as those areas become available in later versions.</source>
        <translation>Las cifras de ventas, existencias y pedidos aparecerán aquí cuando esas áreas estén disponibles en versiones posteriores.</translation>
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
    <name>Backroom::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Products, variants, categories, prices and promotions: create and edit them, change many at once, import and export them as CSV, and manage their images.</source>
        <translation>Productos, variantes, categorías, precios y promociones: crearlos y editarlos, cambiar muchos a la vez, importarlos y exportarlos como CSV y gestionar sus imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Stock per warehouse: receive goods, count and correct stock with a scan field, move stock between warehouses, and act on low-stock alerts.</source>
        <translation>Existencias por almacén: recibir mercancía, contar y corregir existencias con un campo de escaneo, trasladar existencias entre almacenes y atender las alertas de existencias bajas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Find any order fast, read its timeline, cancel it, and pick, pack and ship it with printed packing slips.</source>
        <translation>Encontrar cualquier pedido rápidamente, leer su historial, cancelarlo, y prepararlo, embalarlo y enviarlo con albaranes impresos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Partial and full refunds, with or without restocking, and where each one stands.</source>
        <translation>Reembolsos parciales y totales, con o sin reposición de existencias, y el estado de cada uno.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Shipments and their tracking, as the carriers report it.</source>
        <translation>Los envíos y su seguimiento, tal como lo comunican los transportistas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Customers and the history of their orders, refunds and shipments.</source>
        <translation>Los clientes y el historial de sus pedidos, reembolsos y envíos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Users and roles, warehouses, webhooks, and the audit log of who changed what.</source>
        <translation>Usuarios y roles, almacenes, webhooks y el registro de auditoría de quién cambió qué.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Check Server &amp;Now</source>
        <translation>Comprobar el servidor &amp;ahora</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;About Backroom</source>
        <translation>&amp;Acerca de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>Backroom usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>About Backroom</source>
        <translation>Acerca de Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for online shops: catalog, stock, orders, refunds and shipments.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;La trastienda de las tiendas en línea: catálogo, existencias, pedidos, reembolsos y envíos.&lt;/p&gt;&lt;p&gt;Servidor: %2&lt;/p&gt;&lt;p&gt;Creado con Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::ScreenshotWriter</name>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="24"/>
        <source>Could not write the screenshot %1. Check that the directory is writable and the disk is not full.</source>
        <translation>No se pudo escribir la captura de pantalla %1. Compruebe que se puede escribir en el directorio y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotwriter.cpp" line="34"/>
        <source>Could not create the screenshot directory %1. Check the path and its permissions.</source>
        <translation>No se pudo crear el directorio de capturas de pantalla %1. Compruebe la ruta y sus permisos.</translation>
    </message>
</context>
<context>
    <name>Backroom::Ui::TokenStore</name>
    <message>
        <location filename="../ui/tokenstore.cpp" line="71"/>
        <source>Backroom needs the server address and the email address to remember a sign-in.</source>
        <translation>Backroom necesita la dirección del servidor y la dirección de correo electrónico para recordar un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="72"/>
        <source>There is no sign-in to remember.</source>
        <translation>No hay ningún inicio de sesión que recordar.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="103"/>
        <location filename="../ui/tokenstore.cpp" line="137"/>
        <source>Backroom needs the server address and the email address to find a remembered sign-in.</source>
        <translation>Backroom necesita la dirección del servidor y la dirección de correo electrónico para encontrar un inicio de sesión recordado.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="168"/>
        <source>access was declined</source>
        <translation>usted rechazó el acceso</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="171"/>
        <source>access was denied</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="174"/>
        <source>no keyring service is running</source>
        <translation>no se está ejecutando ningún servicio de llavero</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="177"/>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="185"/>
        <source>Your system keychain is not available (%1); Backroom will not remember this sign-in. Unlock or install a keyring (e.g. GNOME Keyring) to stay signed in.</source>
        <translation>El llavero de su sistema no está disponible (%1); Backroom no recordará este inicio de sesión. Desbloquee o instale un llavero (p. ej., GNOME Keyring) para mantener la sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="190"/>
        <source>Your system keychain is not available (%1), so Backroom cannot use a remembered sign-in. Sign in again; to stay signed in, unlock or install a keyring (e.g. GNOME Keyring).</source>
        <translation>El llavero de su sistema no está disponible (%1), por lo que Backroom no puede usar un inicio de sesión recordado. Vuelva a iniciar sesión; para mantener la sesión iniciada, desbloquee o instale un llavero (p. ej., GNOME Keyring).</translation>
    </message>
    <message>
        <location filename="../ui/tokenstore.cpp" line="197"/>
        <source>Backroom could not remove the remembered sign-in from your system keychain (%1). Unlock the keyring and sign out again, or delete the “%2” entry with your keyring manager.</source>
        <translation>Backroom no pudo quitar el inicio de sesión recordado del llavero de su sistema (%1). Desbloquee el llavero y vuelva a cerrar la sesión, o elimine la entrada «%2» con su gestor de llaveros.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Connect to the Backroom server at &lt;url&gt; instead of the saved one.</source>
        <translation>Conectar al servidor Backroom en &lt;url&gt; en lugar del guardado.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Use the language &lt;code&gt; (en, de, fr or es) for this run.</source>
        <translation>Usar el idioma &lt;código&gt; (en, de, fr o es) en esta ejecución.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Save a picture of every area and of the connection dialog into &lt;directory&gt;, then exit. Needs no display.</source>
        <translation>Guardar una imagen de cada área y del diálogo de conexión en &lt;directorio&gt; y salir. No necesita pantalla.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Backroom, the back office for online shops.</source>
        <translation>Backroom, la trastienda de las tiendas en línea.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
</TS>
