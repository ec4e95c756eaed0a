// SPDX-License-Identifier: MIT
#include "ui/productimagespanel.h"

#include "domain/imageformat.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int UrlRole = Qt::UserRole + 1;
constexpr int ThumbnailSide = 96;

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool fromElsewhere(const QDropEvent *event, const QObject *list)
{
    return event->source() != list && event->mimeData()->hasUrls();
}
} // namespace

void ImageListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (fromElsewhere(event, this))
        event->acceptProposedAction();
    else
        QListWidget::dragEnterEvent(event);
}

void ImageListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (fromElsewhere(event, this))
        event->acceptProposedAction();
    else
        QListWidget::dragMoveEvent(event);
}

void ImageListWidget::dropEvent(QDropEvent *event)
{
    if (!fromElsewhere(event, this)) {
        QListWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(localFiles(event->mimeData()));
}

ProductImagesPanel::ProductImagesPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new ImageListWidget(this))
    , m_hint(new QLabel(this))
    , m_error(newMessageLabel(u"imagesError"_s, this))
    , m_progress(new QProgressBar(this))
    , m_add(new QPushButton(tr("Add Image &Files…"), this))
    , m_remove(new QPushButton(tr("Rem&ove Image"), this))
    , m_earlier(new QPushButton(tr("Move Earlier"), this))
    , m_later(new QPushButton(tr("Move Later"), this))
{
    m_list->setObjectName(u"images"_s);
    m_list->setAccessibleName(tr("Images"));
    m_list->setViewMode(QListView::IconMode);
    // Static: a drag within the list moves the row in the model (rowsMoved), which is the order sent;
    // the free movement of icon mode would only move the picture on screen.
    m_list->setMovement(QListView::Static);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize({ThumbnailSide, ThumbnailSide});
    m_list->setGridSize({ThumbnailSide + 16, ThumbnailSide + 16});
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->viewport()->setAcceptDrops(true); // drops land on the viewport, which passes them to the list
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setFixedHeight(ThumbnailSide + 40);
    m_list->setToolTip(tr("Drop PNG, JPEG or WebP files here to add them; drag a picture to change the order."));

    m_hint->setObjectName(u"imagesHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Images can be added once the product has been saved for the first time."));
    setErrorColour(m_error, true);
    m_progress->setObjectName(u"imagesProgress"_s);
    m_progress->setVisible(false);
    m_add->setObjectName(u"addImages"_s);
    m_remove->setObjectName(u"removeImage"_s);
    m_earlier->setObjectName(u"moveImageEarlier"_s);
    m_later->setObjectName(u"moveImageLater"_s);

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    // The keyboard's way to drag: Ctrl+Left and Ctrl+Right move the selected picture.
    auto *earlier = new QAction(this);
    earlier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    earlier->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(earlier);
    auto *later = new QAction(this);
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    later->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(later);
    m_earlier->setToolTip(tr("Moves the selected picture one place earlier (Ctrl+Left in the list)."));
    m_later->setToolTip(tr("Moves the selected picture one place later (Ctrl+Right in the list)."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_earlier);
    buttons->addWidget(m_later);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);

    connect(m_list, &ImageListWidget::filesDropped, this, &ProductImagesPanel::addFiles);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_showing)
            sendOrder();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { setBusy(m_busy); });
    connect(remove, &QAction::triggered, this, &ProductImagesPanel::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProductImagesPanel::removeSelected);
    connect(m_earlier, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(earlier, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(later, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Images"), {},
                                                                tr("Images (*.png *.jpg *.jpeg *.webp)"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    setProduct({});
}

void ProductImagesPanel::setProduct(const QJsonObject &product)
{
    const QJsonValue id = product.value("id"_L1);
    m_productId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    m_version = product.value("version"_L1).toInt(0);
    m_images = product.value("images"_L1).toArray();
    m_hint->setVisible(m_productId.isEmpty());
    m_list->setEnabled(!m_productId.isEmpty());
    showError({});
    showImages(m_images);
    setBusy(false);
}

QStringList ProductImagesPanel::imageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(IdRole).toString());
    return ids;
}

QString ProductImagesPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProductImagesPanel::showImages(const QJsonArray &images)
{
    m_showing = true;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_list->clear();
    const QIcon placeholder = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const QString url = image.value("url"_L1).toString();
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, image.value("id"_L1).toString());
        item->setData(UrlRole, url);
        item->setIcon(m_thumbnails.value(url, placeholder));
        item->setToolTip(tr("%1 × %2 pixels, %3 (%4)")
                             .arg(image.value("width"_L1).toInt())
                             .arg(image.value("height"_L1).toInt())
                             .arg(QLocale().formattedDataSize(image.value("bytes"_L1).toInteger()),
                                  image.value("content_type"_L1).toString()));
        item->setData(Qt::AccessibleTextRole, tr("Image %1 of %2").arg(m_list->count()).arg(images.size()));
        if (item->data(IdRole).toString() == current)
            m_list->setCurrentItem(item);
        if (!m_thumbnails.contains(url))
            fetchThumbnail(url);
    }
    m_showing = false;
}

void ProductImagesPanel::fetchThumbnail(const QString &url)
{
    // Marked at once, so a picture shown again before its answer is not asked for twice.
    m_thumbnails.insert(url, style()->standardIcon(QStyle::SP_FileIcon));
    ApiRequest request;
    request.path = url;
    request.rawReply = true;
    m_session->send(request, this, [this, url](const ApiResponse &response) {
        QPixmap picture;
        if (!response.ok || !picture.loadFromData(response.bytes))
            return; // the placeholder stays; the picture is the server's to serve, nothing to do here
        const QIcon icon(picture.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_thumbnails.insert(url, icon);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(UrlRole).toString() == url)
                m_list->item(row)->setIcon(icon);
        }
    });
}

void ProductImagesPanel::addFiles(const QStringList &paths)
{
    if (m_productId.isEmpty()) {
        showError(tr("Save the product first; images can be added after that."));
        return;
    }
    QStringList problems;
    QList<Upload> checked;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (info.size() > maxImageBytes) {
            problems.append(tr("%1 is %2; an image may be at most %3. Make it smaller and add it again.")
                                .arg(name, QLocale().formattedDataSize(info.size()),
                                     QLocale().formattedDataSize(maxImageBytes)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("%1 could not be read: %2.").arg(name, file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const auto sniffed = Domain::sniffImage(bytes);
        if (!sniffed) {
            problems.append(tr("%1 is not a PNG, JPEG or WebP picture of at most %2 × %2 pixels, whatever its name "
                               "says; choose another file.")
                                .arg(name)
                                .arg(Domain::ImageLimits::maxSide));
            continue;
        }
        checked.append({name, bytes, Domain::imageContentType(sniffed->format)});
    }
    showError(problems.join(u'\n'));
    if (checked.isEmpty())
        return;
    m_problems = problems;
    const bool idle = m_queue.isEmpty() && !m_busy;
    m_queue.append(checked);
    m_queued = idle ? int(checked.size()) : m_queued + int(checked.size());
    m_progress->setRange(0, m_queued);
    if (idle) {
        m_progress->setValue(0);
        setBusy(true);
        uploadNext();
    }
}

void ProductImagesPanel::uploadNext()
{
    if (m_queue.isEmpty()) {
        setBusy(false);
        showError(m_problems.join(u'\n'));
        return;
    }
    const Upload upload = m_queue.takeFirst();
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = u"/api/v1/products/%1/images"_s.arg(m_productId);
    request.rawBody = upload.bytes;
    request.rawContentType = upload.contentType;
    request.headers = ifMatch();
    m_session->send(request, this, [this, name = upload.name](const ApiResponse &response) {
        m_progress->setValue(m_progress->value() + 1);
        if (response.ok) {
            QJsonObject image = response.json.object();
            m_version = image.take("product_version"_L1).toInt(m_version);
            emit productVersionChanged(m_version);
            m_images.append(image);
            showImages(m_images);
        } else if (response.httpStatus == 412) {
            m_queue.clear(); // the rest would meet the same answer
            m_problems.append(conflictMessage(tr("%1 was not added").arg(name)));
        } else {
            m_problems.append(tr("%1 was not added: %2").arg(name, response.errorMessage));
        }
        uploadNext();
    });
}

void ProductImagesPanel::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || m_busy || m_productId.isEmpty())
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = u"/api/v1/products/%1/images/%2"_s.arg(m_productId, item->data(IdRole).toString());
    request.headers = ifMatch();
    setBusy(true);
    m_session->send(request, this, [this](const ApiResponse &response) {
        setBusy(false);
        if (!response.ok)
            return fail(response, tr("The image was not removed"));
        adoptImages(response);
    });
}

void ProductImagesPanel::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count() || m_busy)
        return;
    // moveRow's destination is the row the moved one goes before, counted before the move.
    m_list->model()->moveRow({}, row, {}, delta > 0 ? target + 1 : target);
    m_list->setCurrentRow(target);
}

void ProductImagesPanel::sendOrder()
{
    if (m_productId.isEmpty())
        return;
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = u"/api/v1/products/%1/images/order"_s.arg(m_productId);
    request.body = QJsonDocument(QJsonObject{{u"order"_s, QJsonArray::fromStringList(imageIds())}});
    request.headers = ifMatch();
    setBusy(true);
    m_session->send(request, this, [this](const ApiResponse &response) {
        setBusy(false);
        if (!response.ok) {
            showImages(m_images); // back to the order the server keeps
            return fail(response, tr("The new order was not saved"));
        }
        adoptImages(response);
    });
}

void ProductImagesPanel::adoptImages(const ApiResponse &response)
{
    const QJsonObject answer = response.json.object();
    m_version = answer.value("product_version"_L1).toInt(m_version);
    emit productVersionChanged(m_version);
    m_images = answer.value("images"_L1).toArray();
    showError({});
    showImages(m_images);
}

QString ProductImagesPanel::conflictMessage(const QString &what) const
{
    return tr("%1: someone else changed this product since you opened it. Close the editor, open the product "
              "again and retry.")
        .arg(what);
}

void ProductImagesPanel::fail(const ApiResponse &response, const QString &what)
{
    showError(response.httpStatus == 412 ? conflictMessage(what) : tr("%1: %2").arg(what, response.errorMessage));
}

void ProductImagesPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ProductImagesPanel::setBusy(bool busy)
{
    m_busy = busy;
    const bool ready = !busy && !m_productId.isEmpty();
    const int row = m_list->currentRow();
    m_progress->setVisible(busy);
    if (busy && m_queue.isEmpty() && m_queued == 0)
        m_progress->setRange(0, 0); // a removal or reorder: under way, no steps to count
    m_add->setEnabled(ready);
    m_remove->setEnabled(ready && row >= 0);
    m_earlier->setEnabled(ready && row > 0);
    m_later->setEnabled(ready && row >= 0 && row + 1 < m_list->count());
    m_list->setDragEnabled(ready);
    if (!busy)
        m_queued = 0;
}

QList<std::pair<QByteArray, QByteArray>> ProductImagesPanel::ifMatch() const
{
    return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(m_version) + '"'}};
}

} // namespace Backroom::Ui
