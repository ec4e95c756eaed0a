// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;
struct ApiResponse;

// The thumbnails of a product's pictures, in their order, as a list that takes image files dropped from a
// file manager (and is dragged to reorder them). Files are checked with the domain's sniffer before they
// are sent: a file that is no PNG, JPEG or WebP, or is too large, is named in the error line and not sent.
// Drops from elsewhere arrive as filesDropped().
class ImageListWidget : public QListWidget
{
    Q_OBJECT
public:
    using QListWidget::QListWidget;

signals:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

// A product's images in the product editor: add (drop files, or Add Images… for the keyboard), reorder
// (drag, or Move Earlier / Move Later), remove (Delete or Remove). Each change goes to the server at once
// with If-Match of the product version it knows, and the version the server answers becomes the editor's
// (productVersionChanged), so the editor's next save is not taken for someone else's change. A new
// product gets images after its first save. GUI thread.
class ProductImagesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 maxImageBytes = 10 * 1024 * 1024; // the server's default --max-image-size

    explicit ProductImagesPanel(Session *session, QWidget *parent = nullptr);

    // The product's JSON as the server gave it (id, version, images); an empty object for a new product.
    void setProduct(const QJsonObject &product);
    // Checks the files and uploads the ones that are pictures, one after another, at the end.
    void addFiles(const QStringList &paths);
    // Removes the selected image.
    void removeSelected();
    // Moves the selected image by delta places and sends the new order.
    void moveSelected(int delta);

    bool isBusy() const { return m_busy; }
    QListWidget *list() const { return m_list; }
    // The image ids in the order shown.
    QStringList imageIds() const;
    QString errorText() const;

signals:
    void productVersionChanged(int version);

private:
    void showImages(const QJsonArray &images);
    void fetchThumbnail(const QString &url);
    void uploadNext();
    void sendOrder();
    // Takes a {product_version, images} answer of a removal or reorder.
    void adoptImages(const ApiResponse &response);
    void fail(const ApiResponse &response, const QString &what);
    QString conflictMessage(const QString &what) const;
    void showError(const QString &text);
    void setBusy(bool busy);
    QList<std::pair<QByteArray, QByteArray>> ifMatch() const;

    Session *m_session;
    QString m_productId;
    int m_version = 0;
    QJsonArray m_images;
    QHash<QString, QIcon> m_thumbnails; // by URL, which names the bytes
    struct Upload {
        QString name;
        QByteArray bytes;
        QByteArray contentType;
    };
    QList<Upload> m_queue;    // files checked and waiting to be uploaded
    QStringList m_problems;   // of the files of this batch
    int m_queued = 0;         // files in this batch, for the progress bar
    bool m_busy = false;
    bool m_showing = false; // rows moved by showImages() are not the user's reorder

    ImageListWidget *m_list;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_earlier;
    QPushButton *m_later;
};

} // namespace Backroom::Ui
