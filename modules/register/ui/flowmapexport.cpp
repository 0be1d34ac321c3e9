#include "register/ui/flowmapexport.h"

#include "register/ui/registeruitr.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtMath>

#include <cmath>

namespace igw::flowMapExport {

namespace {

// Side and area limits keep a map of a few thousand flows within a few hundred MB.
constexpr qreal MaxSide = 16000;
constexpr qreal MaxPixels = 120e6;

// Clears the selection for the render and puts it back afterwards.
class SelectionHider {
public:
    explicit SelectionHider(QGraphicsScene &scene)
        : m_scene(scene)
        , m_selected(scene.selectedItems())
    {
        m_scene.clearSelection();
    }
    ~SelectionHider()
    {
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    SelectionHider(const SelectionHider &) = delete;
    SelectionHider &operator=(const SelectionHider &) = delete;

private:
    QGraphicsScene &m_scene;
    QList<QGraphicsItem *> m_selected;
};

bool open(QSaveFile &file, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error =
            RegisterUiTr::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = RegisterUiTr::tr("Could not save %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace

bool toPng(QGraphicsScene &scene, const QRectF &source, const QString &path, QString *error,
           qreal scale)
{
    if (source.isEmpty()) {
        if (error)
            *error = RegisterUiTr::tr("The map is empty.");
        return false;
    }
    scale = qMin(scale, MaxSide / qMax(source.width(), source.height()));
    scale = qMin(scale, std::sqrt(MaxPixels / (source.width() * source.height())));
    const QSize size(qCeil(source.width() * scale), qCeil(source.height() * scale));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = RegisterUiTr::tr("Not enough memory for an image of %1 × %2 pixels.")
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    image.fill(Qt::white);
    {
        const SelectionHider hider(scene);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), size), source);
    }
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    QImageWriter writer(&file, "png");
    writer.setText(QStringLiteral("Title"), RegisterUiTr::tr("Information flow map"));
    if (!writer.write(image)) {
        file.cancelWriting();
        if (error)
            *error = RegisterUiTr::tr("Could not write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return commit(file, error);
}

bool toSvg(QGraphicsScene &scene, const QRectF &source, const QString &path, const QString &title,
           QString *error)
{
    if (source.isEmpty()) {
        if (error)
            *error = RegisterUiTr::tr("The map is empty.");
        return false;
    }
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(96); // CSS pixels, so the drawing prints at its on-screen size
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(RegisterUiTr::tr("Information flow map exported from IG Workbench"));
    {
        const SelectionHider hider(scene);
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            if (error)
                *error = RegisterUiTr::tr("Could not start the SVG drawing for %1.").arg(path);
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    }
    return commit(file, error);
}

} // namespace igw::flowMapExport
