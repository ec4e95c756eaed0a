// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include "ui/categorytreemodel.h"
#include "ui/producteditordialog.h"
#include "ui/productimagespanel.h"

#include <QComboBox>
#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Editor = Ui::ProductEditorDialog;

namespace {

// The product editor of a merchandiser on a real server that holds one product.
class ProductEditorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        QString error;
        const auto product = createProduct(m_server.session(), u"Enamel Mug"_s, u"MUG-1"_s, 1299, {}, u"active"_s, &error);
        ASSERT_TRUE(product) << str(error);
        m_id = product->value("id"_L1).toString();
        m_categories.reload();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_categories.isLoading(); }, 20'000));
    }

    void openEditor(const QString &id)
    {
        m_editor = std::make_unique<Editor>(&m_server.session(), &m_categories);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        if (!id.isEmpty()) {
            m_editor->load(id);
            waitUntilIdle();
        }
    }

    void waitUntilIdle()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_editor->isLoading() && !m_editor->isSaving(); }, 20'000));
    }

    // Clicks Save and waits for what comes back, if anything was sent.
    void save()
    {
        QTest::mouseClick(button(u"save"_s), Qt::LeftButton);
        waitUntilIdle();
    }

    QTableWidgetItem *cell(int row, int column) const
    {
        QTableWidgetItem *item = m_editor->variantsTable()->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_editor->variantsTable()->setItem(row, column, item);
        }
        return item;
    }

    QJsonObject stored()
    {
        QString error;
        const auto product = fetchProduct(m_server.session(), m_id, &error);
        EXPECT_TRUE(product) << str(error);
        return product.value_or(QJsonObject());
    }

    QLineEdit *title() const { return m_editor->findChild<QLineEdit *>(u"title"_s); }
    QPlainTextEdit *description() const { return m_editor->findChild<QPlainTextEdit *>(u"description"_s); }
    QPushButton *button(const QString &name) const { return m_editor->findChild<QPushButton *>(name); }
    QLabel *label(const QString &name) const { return m_editor->findChild<QLabel *>(name); }

    CatalogServer m_server;
    Ui::CategoryTreeModel m_categories{&m_server.session()};
    QString m_id;
    std::unique_ptr<Editor> m_editor;
};

} // namespace

TEST_F(ProductEditorTest, RefusesANegativePriceBeforeSending)
{
    openEditor(m_id);
    cell(0, Editor::PriceColumn)->setText(u"-5.00"_s);

    save();

    QTableWidgetItem *price = cell(0, Editor::PriceColumn);
    EXPECT_EQ(str(price->toolTip()), "must not be negative");
    EXPECT_EQ(price->background().color(), QColor(0xfc, 0xe4, 0xe4));
    EXPECT_EQ(str(m_editor->fieldErrors().value(u"variants[0].price.amount"_s)), "must not be negative");
    EXPECT_TRUE(label(u"errorSummary"_s)->isVisible());
    EXPECT_TRUE(label(u"errorSummary"_s)->text().contains(u"Variant 1 · Price: must not be negative"_s))
        << str(label(u"errorSummary"_s)->text());
    EXPECT_TRUE(m_editor->isVisible());
    EXPECT_EQ(m_editor->variantsTable()->currentRow(), 0) << "the faulty cell is where the cursor goes";
    EXPECT_EQ(m_editor->variantsTable()->currentColumn(), int(Editor::PriceColumn));
    EXPECT_EQ(requestCount(m_server.url(), "PUT /api/v1/products/{id}"), 0) << "nothing was sent";
    EXPECT_EQ(stored().value("version"_L1).toInt(), 1);

    // Correcting the cell takes its mark away.
    price->setText(u"5.00"_s);
    EXPECT_TRUE(price->toolTip().isEmpty());
}

TEST_F(ProductEditorTest, ShowsEachProblemAtItsField)
{
    openEditor(m_id);
    title()->clear();
    cell(0, Editor::SkuColumn)->setText(u"has space"_s);
    cell(0, Editor::BarcodeColumn)->setText(u"4006381333932"_s);
    cell(0, Editor::CompareAtColumn)->setText(u"1.00"_s);
    cell(0, Editor::OptionsColumn)->setText(u"size M"_s);

    save();

    EXPECT_TRUE(label(u"titleError"_s)->isVisible());
    EXPECT_EQ(str(label(u"titleError"_s)->text()), "must not be empty");
    EXPECT_TRUE(cell(0, Editor::SkuColumn)->toolTip().contains(u"spaces and other characters are not allowed"_s))
        << str(cell(0, Editor::SkuColumn)->toolTip());
    EXPECT_TRUE(cell(0, Editor::BarcodeColumn)->toolTip().contains(u"check digit"_s))
        << str(cell(0, Editor::BarcodeColumn)->toolTip());
    EXPECT_TRUE(cell(0, Editor::CompareAtColumn)->toolTip().startsWith(u"must be above the price"_s))
        << str(cell(0, Editor::CompareAtColumn)->toolTip());
    EXPECT_TRUE(cell(0, Editor::OptionsColumn)->toolTip().startsWith(u"write options as name=value"_s));
    EXPECT_EQ(m_editor->focusWidget(), title()) << "the first problem gets the focus";
    EXPECT_EQ(requestCount(m_server.url(), "PUT /api/v1/products/{id}"), 0);
}

TEST_F(ProductEditorTest, SavesAChangeWithIfMatch)
{
    openEditor(m_id);
    QSignalSpy saved(m_editor.get(), &Editor::saved);
    title()->setText(u"Enamel Mug, Large"_s);
    cell(0, Editor::PriceColumn)->setText(u"14.50"_s);
    cell(0, Editor::OptionsColumn)->setText(u"size = L"_s);
    auto *specifications = m_editor->specificationsTable();
    QTest::mouseClick(button(u"addSpecification"_s), Qt::LeftButton);
    specifications->item(0, Editor::NameColumn)->setText(u"Material"_s);
    specifications->item(0, Editor::ValueColumn)->setText(u"Enamel"_s);

    save();

    ASSERT_EQ(saved.count(), 1) << str(label(u"notice"_s)->text()) << str(label(u"errorSummary"_s)->text());
    EXPECT_FALSE(saved.at(0).at(1).toBool()) << "a change, not a creation";
    EXPECT_FALSE(m_editor->isVisible()) << "closes when the server agreed";
    EXPECT_EQ(m_editor->result(), QDialog::Accepted);
    const QJsonObject product = stored();
    EXPECT_EQ(str(product.value("title"_L1).toString()), "Enamel Mug, Large");
    EXPECT_EQ(product.value("version"_L1).toInt(), 2);
    const QJsonObject variant = product.value("variants"_L1).toArray().at(0).toObject();
    EXPECT_EQ(variant.value("price"_L1).toObject().value("amount"_L1).toInt(), 1450);
    EXPECT_EQ(str(variant.value("options"_L1).toObject().value("size"_L1).toString()), "L");
    EXPECT_EQ(str(product.value("specifications"_L1).toObject().value("Material"_L1).toString()), "Enamel");
    EXPECT_EQ(requestCount(m_server.url(), "PUT /api/v1/products/{id}"), 1);
}

TEST_F(ProductEditorTest, CreatesANewProduct)
{
    openEditor({});
    QSignalSpy saved(m_editor.get(), &Editor::saved);
    m_editor->startNew();
    title()->setText(u"Tea Towel"_s);
    cell(0, Editor::SkuColumn)->setText(u"TOWEL-1"_s);
    cell(0, Editor::PriceColumn)->setText(u"4.5"_s);

    save();

    ASSERT_EQ(saved.count(), 1) << str(label(u"notice"_s)->text()) << str(label(u"errorSummary"_s)->text());
    EXPECT_TRUE(saved.at(0).at(1).toBool());
    const QJsonObject created = saved.at(0).at(0).toJsonObject();
    EXPECT_EQ(str(created.value("status"_L1).toString()), "draft");
    m_id = created.value("id"_L1).toString();
    const QJsonObject variant = stored().value("variants"_L1).toArray().at(0).toObject();
    EXPECT_EQ(variant.value("price"_L1).toObject().value("amount"_L1).toInt(), 450);
}

TEST_F(ProductEditorTest, ShowsAConflictAndReappliesTheEditsOnTheCurrentVersion)
{
    openEditor(m_id);
    // Someone else changes the description while the editor is open.
    ASSERT_EQ(str(patchProduct(m_server.session(), m_id, 1, {{u"description"_s, u"Changed by Bea"_s}})), "");
    title()->setText(u"My Title"_s);

    save();

    ASSERT_TRUE(m_editor->hasConflict());
    EXPECT_TRUE(m_editor->isVisible());
    auto *conflict = m_editor->findChild<QFrame *>(u"conflict"_s);
    EXPECT_TRUE(conflict->isVisible());
    EXPECT_TRUE(label(u"conflictText"_s)->text().startsWith(u"Someone else changed this product since you opened it"_s));
    EXPECT_FALSE(button(u"save"_s)->isEnabled()) << "saving again would only meet the same refusal";
    EXPECT_EQ(str(stored().value("title"_L1).toString()), "Enamel Mug") << "nothing overwritten";

    QTest::mouseClick(button(u"keepMine"_s), Qt::LeftButton);
    waitUntilIdle();

    EXPECT_FALSE(m_editor->hasConflict());
    EXPECT_EQ(str(title()->text()), "My Title");
    EXPECT_EQ(str(description()->toPlainText()), "Changed by Bea");
    EXPECT_TRUE(label(u"notice"_s)->text().startsWith(u"Your edits are now applied to the current version (2)"_s))
        << str(label(u"notice"_s)->text());
    ASSERT_TRUE(button(u"save"_s)->isEnabled());

    save();

    EXPECT_FALSE(m_editor->isVisible()) << str(label(u"notice"_s)->text());
    const QJsonObject product = stored();
    EXPECT_EQ(str(product.value("title"_L1).toString()), "My Title");
    EXPECT_EQ(str(product.value("description"_L1).toString()), "Changed by Bea");
    EXPECT_EQ(product.value("version"_L1).toInt(), 3);
}

TEST_F(ProductEditorTest, SaysWhenBothChangedTheSameField)
{
    openEditor(m_id);
    ASSERT_EQ(str(patchProduct(m_server.session(), m_id, 1, {{u"title"_s, u"Their Title"_s}})), "");
    title()->setText(u"My Title"_s);
    save();
    ASSERT_TRUE(m_editor->hasConflict());

    m_editor->reapplyEditsOnCurrent();
    waitUntilIdle();

    EXPECT_EQ(str(title()->text()), "My Title");
    EXPECT_TRUE(label(u"notice"_s)->text().endsWith(u"You both changed: Title; your values are kept."_s))
        << str(label(u"notice"_s)->text());
}

TEST_F(ProductEditorTest, ReloadAfterAConflictDiscardsTheEdits)
{
    openEditor(m_id);
    ASSERT_EQ(str(patchProduct(m_server.session(), m_id, 1, {{u"description"_s, u"Changed by Bea"_s}})), "");
    title()->setText(u"My Title"_s);
    save();
    ASSERT_TRUE(m_editor->hasConflict());

    QTest::mouseClick(button(u"reloadTheirs"_s), Qt::LeftButton);
    waitUntilIdle();

    EXPECT_FALSE(m_editor->hasConflict());
    EXPECT_EQ(str(title()->text()), "Enamel Mug");
    EXPECT_EQ(str(description()->toPlainText()), "Changed by Bea");
    EXPECT_TRUE(button(u"save"_s)->isEnabled());
}

namespace {
// The editor's Images section with files to add, as a file manager would hand them over.
class ProductImagesTest : public ProductEditorTest
{
protected:
    Ui::ProductImagesPanel *images() const { return m_editor->imagesPanel(); }

    // A real picture of the given size and colour, written by Qt's own writer.
    QString picture(const QString &name, QColor colour, const char *format = "PNG")
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_files.filePath(name);
        EXPECT_TRUE(image.save(path, format));
        return path;
    }

    // Drags the files in from outside and drops them on the list, as a file manager does.
    void drop(const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        QWidget *target = images()->list()->viewport();
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        waitForImages();
    }

    void waitForImages()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !images()->isBusy(); }, 20'000));
    }

    QStringList storedImageIds()
    {
        QStringList ids;
        for (const QJsonValue &image : stored().value("images"_L1).toArray())
            ids.append(image.toObject().value("id"_L1).toString());
        return ids;
    }

    QTemporaryDir m_files;
};
} // namespace

TEST_F(ProductImagesTest, DroppingFilesUploadsThemAndShowsThem)
{
    openEditor(m_id);
    drop({picture(u"red.png"_s, Qt::red), picture(u"blue.jpg"_s, Qt::blue, "JPEG")});

    EXPECT_TRUE(images()->errorText().isEmpty()) << str(images()->errorText());
    ASSERT_EQ(images()->list()->count(), 2);
    EXPECT_EQ(images()->imageIds(), storedImageIds());
    const QJsonArray kept = stored().value("images"_L1).toArray();
    EXPECT_EQ(str(kept[0].toObject().value("content_type"_L1).toString()), "image/png");
    EXPECT_EQ(str(kept[1].toObject().value("content_type"_L1).toString()), "image/jpeg");
    EXPECT_EQ(kept[0].toObject().value("width"_L1).toInt(), 40);
    // The thumbnails come from the server's image URLs.
    const auto centre = [&](int row) {
        const QImage shown = images()->list()->item(row)->icon().pixmap(QSize(96, 96)).toImage();
        return shown.isNull() ? QColor() : shown.pixelColor(shown.width() / 2, shown.height() / 2);
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return centre(0) == QColor(Qt::red); }, 20'000));

    // The image changes made new versions; saving a field edit afterwards is not mistaken for a conflict.
    title()->setText(u"Enamel Mug with Pictures"_s);
    save();
    EXPECT_FALSE(m_editor->hasConflict());
    EXPECT_EQ(str(stored().value("title"_L1).toString()), "Enamel Mug with Pictures");
    EXPECT_EQ(stored().value("images"_L1).toArray().size(), 2);
}

TEST_F(ProductImagesTest, ReorderingSendsTheNewOrder)
{
    openEditor(m_id);
    drop({picture(u"a.png"_s, Qt::red), picture(u"b.png"_s, Qt::green), picture(u"c.png"_s, Qt::blue)});
    const QStringList uploaded = storedImageIds();
    ASSERT_EQ(uploaded.size(), 3);

    // What a drag within the list does: the last picture moves to the front.
    ASSERT_TRUE(images()->list()->model()->moveRow({}, 2, {}, 0));
    waitForImages();
    EXPECT_EQ(storedImageIds(), (QStringList{uploaded[2], uploaded[0], uploaded[1]}));
    EXPECT_EQ(requestCount(m_server.url(), "PUT /api/v1/products/{id}/images/order"), 1);

    // The keyboard way: select the first and move it one later.
    images()->list()->setCurrentRow(0);
    images()->list()->setFocus();
    QTest::keyClick(images()->list(), Qt::Key_Right, Qt::ControlModifier);
    waitForImages();
    EXPECT_EQ(storedImageIds(), (QStringList{uploaded[0], uploaded[2], uploaded[1]}));
    EXPECT_EQ(images()->imageIds(), storedImageIds());

    // Delete removes the selected picture.
    images()->list()->setCurrentRow(1);
    images()->list()->setFocus();
    QTest::keyClick(images()->list(), Qt::Key_Delete);
    waitForImages();
    EXPECT_EQ(storedImageIds(), (QStringList{uploaded[0], uploaded[1]}));
    EXPECT_EQ(images()->list()->count(), 2);
}

TEST_F(ProductImagesTest, RefusesAFileThatIsNoPictureWithoutSendingIt)
{
    openEditor(m_id);
    const QString fake = m_files.filePath(u"holiday.png"_s);
    QFile text(fake);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("these are the notes, not a picture");
    text.close();

    drop({fake});

    EXPECT_TRUE(images()->errorText().contains(u"holiday.png"_s)) << str(images()->errorText());
    EXPECT_TRUE(images()->errorText().contains(u"PNG, JPEG or WebP"_s)) << str(images()->errorText());
    EXPECT_EQ(images()->list()->count(), 0);
    EXPECT_EQ(requestCount(m_server.url(), "POST /api/v1/products/{id}/images"), 0) << "nothing was sent";
    EXPECT_TRUE(storedImageIds().isEmpty());
}

TEST_F(ProductImagesTest, ANewProductTakesImagesAfterItsFirstSave)
{
    openEditor({});
    m_editor->startNew();
    EXPECT_TRUE(m_editor->findChild<QLabel *>(u"imagesHint"_s)->isVisible());
    EXPECT_FALSE(button(u"addImages"_s)->isEnabled());
    images()->addFiles({picture(u"red.png"_s, Qt::red)});
    EXPECT_TRUE(images()->errorText().contains(u"Save the product first"_s)) << str(images()->errorText());
    EXPECT_EQ(requestCount(m_server.url(), "POST /api/v1/products/{id}/images"), 0);
}

TEST(ProductEditorMerge, AppliesMyEditsOntoTheirVersionMemberByMember)
{
    const QJsonObject base{{u"title"_s, u"Mug"_s},
                           {u"description"_s, u"Old"_s},
                           {u"specifications"_s, QJsonObject{{u"Colour"_s, u"Blue"_s}, {u"Size"_s, u"M"_s}}}};
    QJsonObject mine = base;
    mine.insert(u"title"_s, u"Big Mug"_s);
    mine.insert(u"specifications"_s, QJsonObject{{u"Colour"_s, u"Red"_s}});
    QJsonObject theirs = base;
    theirs.insert(u"description"_s, u"New"_s);
    theirs.insert(u"specifications"_s, QJsonObject{{u"Colour"_s, u"Green"_s}, {u"Size"_s, u"M"_s}, {u"Glaze"_s, u"Matt"_s}});

    QStringList conflicts;
    const QJsonObject merged = Editor::mergeEdits(base, mine, theirs, &conflicts);

    EXPECT_EQ(str(merged.value("title"_L1).toString()), "Big Mug");
    EXPECT_EQ(str(merged.value("description"_L1).toString()), "New");
    EXPECT_EQ(merged.value("specifications"_L1).toObject(),
              (QJsonObject{{u"Colour"_s, u"Red"_s}, {u"Glaze"_s, u"Matt"_s}}));
    EXPECT_EQ(str(conflicts.join(u", "_s)), "specifications.Colour");
}
