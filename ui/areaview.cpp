// SPDX-License-Identifier: MIT
#include "ui/areaview.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

AreaView::AreaView(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setObjectName(u"purpose"_s);
    purposeLabel->setWordWrap(true);

    auto *availability = new QLabel(tr("This area is not available in this version of Backroom yet."), this);
    availability->setObjectName(u"availability"_s);
    availability->setWordWrap(true);
    QFont availabilityFont = availability->font();
    availabilityFont.setItalic(true);
    availability->setFont(availabilityFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(purposeLabel);
    layout->addWidget(availability);
    layout->addStretch();

    setAccessibleName(title);
    setAccessibleDescription(purpose);
}

} // namespace Backroom::Ui
