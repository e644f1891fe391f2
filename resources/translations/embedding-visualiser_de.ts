<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>scale &quot;%1&quot; is not a number: it must be %2 to %3, such as 2 or 1.5</source>
        <translation>Maßstab „%1“ ist keine Zahl: Er muss zwischen %2 und %3 liegen, etwa 2 oder 1.5</translation>
    </message>
    <message>
        <source>code language &quot;%1&quot; is unknown: it must be numpy or pytorch</source>
        <translation>Codesprache „%1“ ist unbekannt: Sie muss numpy oder pytorch sein</translation>
    </message>
    <message>
        <source>--neighbours does not apply with --code: the code rebuilds the table and X·E</source>
        <translation>--neighbours passt nicht zu --code: Der Code baut die Tabelle und X·E nach</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>%1 takes a whole number from %2 to %3; &quot;%4&quot; is not one.</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3; „%4“ ist keine.</translation>
    </message>
</context>
<context>
    <name>QuizMaker</name>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>Index %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ev::ConcealedOutputModel</name>
    <message>
        <source>Hidden until the answer is revealed</source>
        <translation>Verborgen, bis die Antwort aufgedeckt ist</translation>
    </message>
</context>
<context>
    <name>ev::ControlPanel</name>
    <message>
        <source>How many rows E has: one embedding for each index, from 0 up.</source>
        <translation>Wie viele Zeilen E hat: eine Einbettung für jeden Index, ab 0 gezählt.</translation>
    </message>
    <message>
        <source>How many numbers each embedding holds: the columns of E.</source>
        <translation>Wie viele Zahlen jede Einbettung enthält: die Spalten von E.</translation>
    </message>
    <message>
        <source>Which entry of X is 1, and so which row of E the product picks.</source>
        <translation>Welcher Eintrag von X 1 ist, und damit, welche Zeile von E das Produkt auswählt.</translation>
    </message>
    <message>
        <source>The same seed gives the same random table on every computer.</source>
        <translation>Derselbe Startwert ergibt auf jedem Computer dieselbe Zufallstabelle.</translation>
    </message>
    <message>
        <source>table kind</source>
        <translation>Tabellenart</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Simple tables count 1, 2, 3, … row by row, so you can see which row was picked; random ones hold standard normal values, like a real, trained table.</source>
        <translation>Einfache Tabellen zählen Zeile für Zeile 1, 2, 3, …, sodass man sieht, welche Zeile ausgewählt wurde; zufällige enthalten standardnormalverteilte Werte wie eine echte, trainierte Tabelle.</translation>
    </message>
    <message>
        <source>&amp;index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>&amp;table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>find a label, e.g. king</source>
        <translation>Beschriftung suchen, z. B. König</translation>
    </message>
    <message>
        <source>Type a row&apos;s label and press Enter to make it the hot index.</source>
        <translation>Beschriftung einer Zeile eingeben und Enter drücken, um sie zum aktiven Index zu machen.</translation>
    </message>
    <message>
        <source>from &lt;b&gt;%1&lt;/b&gt; (%2 × %3)</source>
        <translation>aus &lt;b&gt;%1&lt;/b&gt; (%2 × %3)</translation>
    </message>
    <message>
        <source>No row is labelled &quot;%1&quot;; labels are matched exactly, capitals too.</source>
        <translation>Keine Zeile ist mit „%1“ beschriftet; Beschriftungen müssen genau passen, auch bei Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;; it stays %5.</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“; der Wert bleibt %5.</translation>
    </message>
    <message>
        <source>fi&amp;nd</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>nu&amp;m_embeddings</source>
        <translation>nu&amp;m_embeddings</translation>
    </message>
    <message>
        <source>em&amp;bedding_dimensions</source>
        <translation>embedding_dimensi&amp;ons</translation>
    </message>
    <message>
        <source>see&amp;d</source>
        <translation>Start&amp;wert</translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingBoard</name>
    <message>
        <source>One-hot vector X</source>
        <translation>One-hot-Vektor X</translation>
    </message>
    <message>
        <source>Embedding table E</source>
        <translation>Einbettungstabelle E</translation>
    </message>
    <message>
        <source>Output X·E</source>
        <translation>Ausgabe X·E</translation>
    </message>
    <message>
        <source>one-hot column vector</source>
        <translation>One-hot-Spaltenvektor</translation>
    </message>
    <message>
        <source>one-hot vector</source>
        <translation>One-hot-Vektor</translation>
    </message>
    <message>
        <source>embedding table, transposed</source>
        <translation>Einbettungstabelle, transponiert</translation>
    </message>
    <message>
        <source>embedding table</source>
        <translation>Einbettungstabelle</translation>
    </message>
    <message>
        <source>output, as a column</source>
        <translation>Ausgabe als Spalte</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>x  %1</source>
        <translation>x  %1</translation>
    </message>
    <message>
        <source>Eᵀ  %1</source>
        <translation>Eᵀ  %1</translation>
    </message>
    <message>
        <source>Eᵀx  %1</source>
        <translation>Eᵀx  %1</translation>
    </message>
    <message>
        <source>X  %1</source>
        <translation>X  %1</translation>
    </message>
    <message>
        <source>E  %1</source>
        <translation>E  %1</translation>
    </message>
    <message>
        <source>X·E  %1</source>
        <translation>X·E  %1</translation>
    </message>
    <message>
        <source>The product is being computed, to be checked against the direct lookup E[%1].</source>
        <translation>Das Produkt wird berechnet, um es mit dem direkten Nachschlagen E[%1] zu vergleichen.</translation>
    </message>
    <message>
        <source>It equals the direct lookup E[%1].</source>
        <translation>Es ist gleich dem direkten Nachschlagen E[%1].</translation>
    </message>
    <message>
        <source>It differs from the direct lookup E[%1]: another row of the table holds an infinity or NaN, and 0 times those is not 0.</source>
        <translation>Es weicht vom direkten Nachschlagen E[%1] ab: Eine andere Zeile der Tabelle enthält Unendlich oder NaN, und 0 mal diese Werte ist nicht 0.</translation>
    </message>
    <message>
        <source>x is 0 everywhere except a 1 at index %1, so every column of Eᵀ is multiplied by 0 except column %1, and Eᵀx is that column: the numbers of %2 of E, stood upright. %3</source>
        <translation>x ist überall 0 außer einer 1 bei Index %1, also wird jede Spalte von Eᵀ mit 0 multipliziert außer Spalte %1, und Eᵀx ist genau diese Spalte: die Zahlen aus %2 von E, hochkant gestellt. %3</translation>
    </message>
    <message>
        <source>X is 0 everywhere except a 1 at index %1, so every row of E is multiplied by 0 except %2, and X·E is %2 of E. %3</source>
        <translation>X ist überall 0 außer einer 1 bei Index %1, also wird jede Zeile von E mit 0 multipliziert außer %2, und X·E ist %2 von E. %3</translation>
    </message>
    <message>
        <source>X[%1] is 1, yet 0 times an infinity or NaN is NaN, so other rows count too.</source>
        <translation>X[%1] ist 1, aber 0 mal Unendlich oder NaN ergibt NaN, also zählen auch andere Zeilen mit.</translation>
    </message>
    <message>
        <source>Only x[%1] is 1, so only column %1 of Eᵀ counts: Eᵀ[%2, %1] = %3 lands in (Eᵀx)[%2].</source>
        <translation>Nur x[%1] ist 1, also zählt nur Spalte %1 von Eᵀ: Eᵀ[%2, %1] = %3 landet in (Eᵀx)[%2].</translation>
    </message>
    <message>
        <source>Only X[%1] is 1, so only %2 counts: E[%1, %3] = %4, from row %1 and column %3, lands in (X·E)[%3].</source>
        <translation>Nur X[%1] ist 1, also zählt nur %2: E[%1, %3] = %4, aus Zeile %1 und Spalte %3, landet in (X·E)[%3].</translation>
    </message>
    <message>
        <source>Step %1 of %2: </source>
        <translation>Schritt %1 von %2: </translation>
    </message>
    <message>
        <source>The hot entry is index %1: it is 1, and every other entry is 0.</source>
        <translation>Der aktive Eintrag ist Index %1: Er ist 1, alle anderen Einträge sind 0.</translation>
    </message>
    <message>
        <source>Selected: %1, values %2.</source>
        <translation>Ausgewählt: %1, Werte %2.</translation>
    </message>
    <message>
        <source>The output is being computed.</source>
        <translation>Die Ausgabe wird berechnet.</translation>
    </message>
    <message>
        <source>Output values: %1.</source>
        <translation>Ausgabewerte: %1.</translation>
    </message>
    <message>
        <source>Where the 1 is stays hidden until the answer is revealed.</source>
        <translation>Wo die 1 steht, bleibt verborgen, bis die Antwort aufgedeckt ist.</translation>
    </message>
    <message>
        <source>Each step multiplies %1 into one column of E and adds up the products. Press Space for the first step.</source>
        <translation>Jeder Schritt multipliziert %1 mit einer Spalte von E und addiert die Produkte. Leertaste drücken für den ersten Schritt.</translation>
    </message>
    <message>
        <source>Point at an entry of %1, or press Space to compute it column by column, to see the sum it comes from.</source>
        <translation>Auf einen Eintrag von %1 zeigen oder die Leertaste drücken, um ihn Spalte für Spalte zu berechnen und die Summe zu sehen, aus der er entsteht.</translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingSession</name>
    <message>
        <source>Index %1 no longer exists: the table now has %2 rows, so the index moved to %3, the last row.</source>
        <translation>Index %1 gibt es nicht mehr: Die Tabelle hat jetzt %2 Zeilen, daher ist der Index auf %3 gesprungen, die letzte Zeile.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingTableModel</name>
    <message>
        <source>E[%1, %2] = %3%4</source>
        <translation>E[%1, %2] = %3%4</translation>
    </message>
    <message>
        <source>, in the selected row</source>
        <translation>, in der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>E, %1: the embedding of index %2</source>
        <translation>E, %1: die Einbettung von Index %2</translation>
    </message>
</context>
<context>
    <name>ev::LessonPanel</name>
    <message>
        <source>&amp;Next Lesson Step</source>
        <translation>&amp;Nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before (%1)</source>
        <translation>Der Schritt davor (%1)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation>Der nächste Schritt (%1)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lesson Step</source>
        <translation>&amp;Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <source>(hidden while a quiz question is open)</source>
        <translation>(verborgen, solange eine Quizfrage offen ist)</translation>
    </message>
</context>
<context>
    <name>ev::LookupComparisonModel</name>
    <message>
        <source>E[%1, %2] = %3</source>
        <translation>E[%1, %2] = %3</translation>
    </message>
    <message>
        <source>E[%1]  lookup</source>
        <translation>E[%1]  Nachschlagen</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1  product</source>
        <translation>%1  Produkt</translation>
    </message>
    <message>
        <source>(X·E)[%1] is not computed yet: step on to compute it</source>
        <translation>(X·E)[%1] ist noch nicht berechnet: weitergehen, um es zu berechnen</translation>
    </message>
</context>
<context>
    <name>ev::LookupPanel</name>
    <message>
        <source>Lookup and product</source>
        <translation>Nachschlagen und Produkt</translation>
    </message>
    <message>
        <source>%1 is being computed, to be compared with E[%2].</source>
        <translation>%1 wird berechnet, um es mit E[%2] zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equal:&lt;/b&gt; %1 and E[%2] agree in every one of their %3 entries.</source>
        <translation>&lt;b&gt;Gleich:&lt;/b&gt; %1 und E[%2] stimmen in allen %3 Einträgen überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not equal:&lt;/b&gt; another row of E holds an infinity or NaN, and 0 times those is NaN, so %1 differs from E[%2].</source>
        <translation>&lt;b&gt;Nicht gleich:&lt;/b&gt; Eine andere Zeile von E enthält Unendlich oder NaN, und 0 mal diese Werte ergibt NaN, daher weicht %1 von E[%2] ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work for this %1 × %2 table:&lt;/b&gt; %3 takes %4 multiply-adds (every entry of %5 times every %6); the lookup E[%7] copies %8 values. The lookup does %9 times less work, and never needs %5 at all: that is why embedding layers look rows up.</source>
        <translation>&lt;b&gt;Aufwand für diese %1 × %2-Tabelle:&lt;/b&gt; %3 braucht %4 Multiplikationen mit Addition (jeder Eintrag von %5 mal jede %6); das Nachschlagen E[%7] kopiert %8 Werte. Das Nachschlagen macht %9-mal weniger Arbeit und braucht %5 überhaupt nicht: Deshalb schlagen Embedding-Schichten Zeilen nach.</translation>
    </message>
    <message>
        <source>column of Eᵀ</source>
        <translation>Spalte von Eᵀ</translation>
    </message>
    <message>
        <source>row of E</source>
        <translation>Zeile von E</translation>
    </message>
    <message>
        <source>%1 is being computed step by step: %2 of its %3 entries so far. Compare it with E[%4] once every entry is in.</source>
        <translation>%1 wird Schritt für Schritt berechnet: bisher %2 von %3 Einträgen. Vergleichen Sie es mit E[%4], sobald alle Einträge da sind.</translation>
    </message>
</context>
<context>
    <name>ev::MainWindow</name>
    <message>
        <source>Embedding Visualiser</source>
        <translation>Embedding Visualiser</translation>
    </message>
    <message>
        <source>Table File Changed</source>
        <translation>Tabellendatei geändert</translation>
    </message>
    <message>
        <source>%1 changed on disk while open. This table reads its values from the file as needed, so some may now be new values, or zeros where the file got shorter. Open it again to see the file as it is now.</source>
        <translation>%1 wurde auf der Festplatte geändert, während die Datei geöffnet war. Diese Tabelle liest ihre Werte bei Bedarf aus der Datei, daher können einige jetzt neue Werte sein oder Nullen, wo die Datei kürzer geworden ist. Öffnen Sie sie erneut, um die Datei im aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>Nearest Neighbours</source>
        <translation>Nächste Nachbarn</translation>
    </message>
    <message>
        <source>Lookup and Product</source>
        <translation>Nachschlagen und Produkt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Lesson Table</source>
        <translation>&amp;Neue Lektionstabelle</translation>
    </message>
    <message>
        <source>&amp;Open Table…</source>
        <translation>Tabelle ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>&amp;Employees (10 × 3, labelled)</source>
        <translation>&amp;Mitarbeitende (10 × 3, beschriftet)</translation>
    </message>
    <message>
        <source>&amp;Words (16 × 4, related words close)</source>
        <translation>&amp;Wörter (16 × 4, verwandte Wörter nah beieinander)</translation>
    </message>
    <message>
        <source>Save Table &amp;As…</source>
        <translation>Tabelle speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Nearest Neighbours</source>
        <translation>Nächste &amp;Nachbarn</translation>
    </message>
    <message>
        <source>&amp;Lookup and Product</source>
        <translation>Nachschlagen und &amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Column Convention (Eᵀ·x)</source>
        <translation>Spalten&amp;konvention (Eᵀ·x)</translation>
    </message>
    <message>
        <source>Show the product as Eᵀ·x, with x a column vector, as nn.Linear and many lecture notes write it</source>
        <translation>Das Produkt als Eᵀ·x zeigen, mit x als Spaltenvektor, wie nn.Linear und viele Vorlesungsskripte es schreiben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How to Use</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Embedding Visualiser</source>
        <translation>Ü&amp;ber Embedding Visualiser</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Präsentations&amp;modus</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Move the hot index</source>
        <translation>Aktiven Index verschieben</translation>
    </message>
    <message>
        <source>Up, Down (Left, Right in X)</source>
        <translation>Hoch, Runter (Links, Rechts in X)</translation>
    </message>
    <message>
        <source>First or last index</source>
        <translation>Erster oder letzter Index</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>Choose an index by number</source>
        <translation>Index über seine Nummer wählen</translation>
    </message>
    <message>
        <source>Type its digits in X or E</source>
        <translation>Ziffern in X oder E eintippen</translation>
    </message>
    <message>
        <source>Move between the views and controls</source>
        <translation>Zwischen Ansichten und Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Still opening another table; cancel it before opening %1.</source>
        <translation>Es wird noch eine andere Tabelle geöffnet; brechen Sie das ab, bevor Sie %1 öffnen.</translation>
    </message>
    <message>
        <source>Read it with a decimal comma?</source>
        <translation>Mit Dezimalkomma lesen?</translation>
    </message>
    <message>
        <source>Leave out every line that cannot be read?</source>
        <translation>Alle Zeilen weglassen, die nicht gelesen werden können?</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the table on screen stays.</source>
        <translation>Öffnen von %1 abgebrochen; die angezeigte Tabelle bleibt.</translation>
    </message>
    <message>
        <source>Open Table</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Opened %1: %2 × %3 %4 values, %5</source>
        <translation>%1 geöffnet: %2 × %3 Werte (%4), %5</translation>
    </message>
    <message>
        <source>, read from the file as needed</source>
        <translation>, bei Bedarf aus der Datei gelesen</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) left out, the first: %1</source>
        <translation>
            <numerusform>; %n Zeile ausgelassen, die erste: %1</numerusform>
            <numerusform>; %n Zeilen ausgelassen, die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2%L3 × %L4 %5 values, which need %6, more than the %7 one table may take on this computer.</source>
        <translation>%1 enthält %2%L3 × %L4 Werte (%5), die %6 brauchen, mehr als die %7, die eine Tabelle auf diesem Computer belegen darf.</translation>
    </message>
    <message>
        <source>about </source>
        <translation>etwa </translation>
    </message>
    <message>
        <source>more than 16 EiB</source>
        <translation>mehr als 16 EiB</translation>
    </message>
    <message numerus="yes">
        <source>Open only its first %n row(s) (%1)?</source>
        <translation>
            <numerusform>Nur die erste Zeile öffnen (%1)?</numerusform>
            <numerusform>Nur die ersten %n Zeilen öffnen (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1%L2 × %L3 %4 values</source>
        <translation>%1%L2 × %L3 Werte (%4)</translation>
    </message>
    <message>
        <source>Opening %1: %2, read from the file as needed…</source>
        <translation>%1 wird geöffnet: %2, bei Bedarf aus der Datei gelesen…</translation>
    </message>
    <message>
        <source>Opening %1: %2, %3%4 of memory…</source>
        <translation>%1 wird geöffnet: %2, %3%4 Speicher…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Tables (%1);;All files (*)</source>
        <translation>Tabellen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Could not copy the example %1 to a temporary folder.</source>
        <translation>Das Beispiel %1 konnte nicht in einen temporären Ordner kopiert werden.</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>NumPy-Array (*.npy)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>word2vec text (*.txt)</source>
        <translation>word2vec-Text (*.txt)</translation>
    </message>
    <message>
        <source>Save Table As</source>
        <translation>Tabelle speichern unter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <source>No tables opened yet</source>
        <translation>Noch keine Tabellen geöffnet</translation>
    </message>
    <message>
        <source>How to Use Embedding Visualiser</source>
        <translation>So benutzen Sie Embedding Visualiser</translation>
    </message>
    <message>
        <source>About Embedding Visualiser</source>
        <translation>Über Embedding Visualiser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Embedding Visualiser %1&lt;/h3&gt;&lt;p&gt;An embedding layer keeps a table E with one row per index. Multiplying a one-hot vector X by E gives back exactly one of those rows, the same row a direct lookup E[i] reads. This program shows that product, live, for a class.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen %3.%4.%5. Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Embedding Visualiser %1&lt;/h3&gt;&lt;p&gt;Eine Embedding-Schicht speichert eine Tabelle E mit einer Zeile pro Index. Multipliziert man einen One-hot-Vektor X mit E, erhält man genau eine dieser Zeilen zurück, dieselbe Zeile, die das direkte Nachschlagen E[i] liest. Dieses Programm zeigt dieses Produkt live für eine Klasse.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und Eigen %3.%4.%5. Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Predict, Then Reveal</source>
        <translation>Vorhersagen, dann aufdecken</translation>
    </message>
    <message>
        <source>L&amp;esson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Predict, Then Reveal</source>
        <translation>Vorhersagen, dann &amp;aufdecken</translation>
    </message>
    <message>
        <source>&amp;Names in PyTorch and Keras</source>
        <translation>&amp;Namen in PyTorch und Keras</translation>
    </message>
    <message>
        <source>Answer a quiz question</source>
        <translation>Eine Quizfrage beantworten</translation>
    </message>
    <message>
        <source>Next quiz question</source>
        <translation>Nächste Quizfrage</translation>
    </message>
    <message>
        <source>Enter, once the answer is shown</source>
        <translation>Enter, sobald die Antwort angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF page (*.pdf)</source>
        <translation>PDF-Seite (*.pdf)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Scale, 1 for the window&apos;s own size (%1 × %2 pixels at this scale):</source>
        <translation>Maßstab, 1 für die Größe des Fensters (%1 × %2 Pixel bei diesem Maßstab):</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy as &amp;NumPy Code</source>
        <translation>Als &amp;NumPy-Code kopieren</translation>
    </message>
    <message>
        <source>Copy Python code that rebuilds E with NumPy and prints X·E</source>
        <translation>Python-Code kopieren, der E mit NumPy nachbaut und X·E ausgibt</translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch Code</source>
        <translation>Als &amp;PyTorch-Code kopieren</translation>
    </message>
    <message>
        <source>Copy Python code that makes E the weight of a torch.nn.Embedding and prints X·E</source>
        <translation>Python-Code kopieren, der E zum Gewicht eines torch.nn.Embedding macht und X·E ausgibt</translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>Copied NumPy code for index %1 to the clipboard</source>
        <translation>NumPy-Code für Index %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Copied PyTorch code for index %1 to the clipboard</source>
        <translation>PyTorch-Code für Index %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>There is no room to zoom in further: make the window larger, close a panel, or use presenter mode (F11).</source>
        <translation>Für mehr Vergrößerung ist kein Platz: Vergrößern Sie das Fenster, schließen Sie eine Leiste oder nutzen Sie den Präsentationsmodus (F11).</translation>
    </message>
    <message>
        <source>Where X&apos;s 1 is stays hidden until the answer is revealed</source>
        <translation>Wo die 1 in X steht, bleibt verborgen, bis die Antwort aufgedeckt ist</translation>
    </message>
    <message>
        <source>1 to 4, Up, Down or Space; then Enter</source>
        <translation>1 bis 4, Hoch, Runter oder Leertaste; dann Enter</translation>
    </message>
    <message>
        <source>Explain an entry of %1</source>
        <translation>Einen Eintrag von %1 erklären</translation>
    </message>
    <message>
        <source>Left, Right in %1</source>
        <translation>Links, Rechts in %1</translation>
    </message>
    <message>
        <source>Computing %1 for %2…</source>
        <translation>%1 wird für %2 berechnet…</translation>
    </message>
    <message>
        <source>%1 = E[%2]: the product picks %3</source>
        <translation>%1 = E[%2]: Das Produkt wählt %3 aus</translation>
    </message>
    <message>
        <source>%1 ≠ E[%2]</source>
        <translation>%1 ≠ E[%2]</translation>
    </message>
    <message>
        <source>Quiz: hide %1, predict it, then reveal it</source>
        <translation>Quiz: %1 verbergen, vorhersagen, dann aufdecken</translation>
    </message>
    <message>
        <source>&amp;Find Label</source>
        <translation>Beschriftung &amp;suchen</translation>
    </message>
    <message>
        <source>This table has no labels to find; File → Examples has labelled ones.</source>
        <translation>Diese Tabelle hat keine Beschriftungen zum Suchen; Datei → Beispiele enthält beschriftete.</translation>
    </message>
    <message>
        <source>Computing %1 step by step: %2 of %3 entries</source>
        <translation>%1 wird Schritt für Schritt berechnet: %2 von %3 Einträgen</translation>
    </message>
    <message>
        <source>%1 stays hidden until the answer is revealed</source>
        <translation>%1 bleibt verborgen, bis die Antwort aufgedeckt ist</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Leave presenter mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>There is no room to zoom in further: close a panel to make room.</source>
        <translation>Für mehr Vergrößerung ist kein Platz: Schließen Sie eine Leiste, um Platz zu schaffen.</translation>
    </message>
</context>
<context>
    <name>ev::NamesCard</name>
    <message>
        <source>Names Across Frameworks</source>
        <translation>Namen in verschiedenen Frameworks</translation>
    </message>
    <message>
        <source>rows of E: one per index</source>
        <translation>Zeilen von E: eine pro Index</translation>
    </message>
    <message>
        <source>columns of E: values per index</source>
        <translation>Spalten von E: Werte pro Index</translation>
    </message>
    <message>
        <source>Embedding Visualiser</source>
        <translation>Embedding Visualiser</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Diese Tabelle</translation>
    </message>
    <message>
        <source>Indices count from 0, so a table whose largest index is %1 needs %2 rows: num_embeddings (input_dim in Keras) is always the largest index plus one, and index %2 would be a row past the end. Each index gives a row of %3 values: embedding_dim (output_dim in Keras).</source>
        <translation>Indizes zählen ab 0, also braucht eine Tabelle, deren größter Index %1 ist, %2 Zeilen: num_embeddings (input_dim in Keras) ist immer der größte Index plus eins, und Index %2 wäre eine Zeile hinter dem Ende. Jeder Index liefert eine Zeile mit %3 Werten: embedding_dim (output_dim in Keras).</translation>
    </message>
</context>
<context>
    <name>ev::NeighbourModel</name>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
</context>
<context>
    <name>ev::NeighboursPanel</name>
    <message>
        <source>Cosine similarity compares directions, not lengths: 1 is the same direction, 0 unrelated, −1 the opposite.</source>
        <translation>Die Kosinus-Ähnlichkeit vergleicht Richtungen, nicht Längen: 1 ist dieselbe Richtung, 0 unabhängig, −1 die entgegengesetzte.</translation>
    </message>
    <message>
        <source>How many of the nearest rows to list.</source>
        <translation>Wie viele der nächsten Zeilen aufgelistet werden.</translation>
    </message>
    <message>
        <source>&amp;Rows to list</source>
        <translation>Anzahl &amp;Zeilen</translation>
    </message>
    <message>
        <source>Click a row, or press Enter on it, to make it the hot index.</source>
        <translation>Eine Zeile anklicken oder darauf Enter drücken, um sie zum aktiven Index zu machen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No other row has a direction to compare with.</source>
        <translation>Keine andere Zeile hat eine Richtung zum Vergleichen.</translation>
    </message>
    <message>
        <source>Nearest to %1:</source>
        <translation>Am nächsten zu %1:</translation>
    </message>
</context>
<context>
    <name>ev::OneHotModel</name>
    <message>
        <source>X[%1] = 1: this entry selects row %1 of E</source>
        <translation>X[%1] = 1: Dieser Eintrag wählt Zeile %1 von E aus</translation>
    </message>
    <message>
        <source>X[%1] = 0: click to make row %1 of E the selected one</source>
        <translation>X[%1] = 0: Klicken, um Zeile %1 von E auszuwählen</translation>
    </message>
    <message>
        <source>X entry %1, value %2</source>
        <translation>X-Eintrag %1, Wert %2</translation>
    </message>
    <message>
        <source>X entry %1: hidden, as the question asks where the 1 is</source>
        <translation>Eintrag %1 von X: verborgen, denn die Frage ist, wo die 1 steht</translation>
    </message>
</context>
<context>
    <name>ev::OutputConcealer</name>
    <message>
        <source>The output is hidden until the answer is revealed.</source>
        <translation>Die Ausgabe ist verborgen, bis die Antwort aufgedeckt ist.</translation>
    </message>
</context>
<context>
    <name>ev::OverviewStrip</name>
    <message>
        <source>Overview of the embedding table</source>
        <translation>Übersicht über die Einbettungstabelle</translation>
    </message>
    <message>
        <source>All %1 rows of E at a glance: each band is coloured by the mean of its values, blue below 0, orange above, grey where a value is NaN or infinite. The bracket marks the rows in view. Click or drag to jump to a row.</source>
        <translation>Alle %1 Zeilen von E auf einen Blick: Jedes Band ist nach dem Mittelwert seiner Werte eingefärbt, blau unter 0, orange darüber, grau, wo ein Wert NaN oder unendlich ist. Die Klammer markiert die sichtbaren Zeilen. Klicken oder ziehen, um zu einer Zeile zu springen.</translation>
    </message>
    <message>
        <source>Heat map of all %1 rows of E, marking %2, the hot index. Click a row, or use Up, Down, Page Up, Page Down, Home and End, to make it the hot index.</source>
        <translation>Wärmebild aller %1 Zeilen von E, markiert ist %2, der aktive Index. Eine Zeile anklicken oder Hoch, Runter, Bild auf, Bild ab, Pos1 und Ende benutzen, um sie zum aktiven Index zu machen.</translation>
    </message>
</context>
<context>
    <name>ev::ProductModel</name>
    <message>
        <source>%1 is not computed yet: step on to compute it</source>
        <translation>%1 ist noch nicht berechnet: weitergehen, um es zu berechnen</translation>
    </message>
    <message>
        <source>%1 is being computed</source>
        <translation>%1 wird berechnet</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 = %2, the same as E[%3, %4]</source>
        <translation>%1 = %2, dasselbe wie E[%3, %4]</translation>
    </message>
</context>
<context>
    <name>ev::QuizPanel</name>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Ask another question (Enter, once the answer is shown)</source>
        <translation>Eine neue Frage stellen (Enter, sobald die Antwort angezeigt wird)</translation>
    </message>
    <message>
        <source>&amp;%1   %2</source>
        <translation>&amp;%1   %2</translation>
    </message>
    <message>
        <source>Choose an answer first: press 1 to %1, or use the arrow keys.</source>
        <translation>Zuerst eine Antwort wählen: 1 bis %1 drücken oder die Pfeiltasten benutzen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Richtig.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>[%1] is column %2 of E: the product takes a row, not a column.</source>
        <translation>[%1] ist Spalte %2 von E: Das Produkt nimmt eine Zeile, keine Spalte.</translation>
    </message>
    <message>
        <source>Index %1 would give row %1: [%2].</source>
        <translation>Index %1 ergäbe Zeile %1: [%2].</translation>
    </message>
    <message>
        <source>[%1] is row %2 of E.</source>
        <translation>[%1] ist Zeile %2 von E.</translation>
    </message>
    <message>
        <source>Rows are counted from 0, as indices are.</source>
        <translation>Zeilen werden ab 0 gezählt, genau wie Indizes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not right.&lt;/b&gt; %1 %2</source>
        <translation>&lt;b&gt;Nicht richtig.&lt;/b&gt; %1 %2</translation>
    </message>
    <message>
        <source>Right so far: %1 of %2</source>
        <translation>Bisher richtig: %1 von %2</translation>
    </message>
    <message>
        <source>%1
✔ the right answer</source>
        <translation>%1
✔ die richtige Antwort</translation>
    </message>
    <message>
        <source>%1
✘ chosen, not right</source>
        <translation>%1
✘ gewählt, nicht richtig</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is 0 everywhere except a 1 at index %2.&lt;/b&gt; Which values will %3 hold?</source>
        <translation>&lt;b&gt;%1 ist überall 0 außer einer 1 bei Index %2.&lt;/b&gt; Welche Werte wird %3 enthalten?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 came out as [%2].&lt;/b&gt; Where is the 1 in %3?</source>
        <translation>&lt;b&gt;%1 ergab [%2].&lt;/b&gt; Wo steht die 1 in %3?</translation>
    </message>
    <message>
        <source>Choose an answer with the keys 1 to %1 or the arrow keys, then press Enter to reveal %2.</source>
        <translation>Eine Antwort mit den Tasten 1 bis %1 oder den Pfeiltasten wählen, dann Enter drücken, um %2 aufzudecken.</translation>
    </message>
    <message>
        <source>Show %1 and whether the answer is right (Enter)</source>
        <translation>%1 zeigen und ob die Antwort richtig ist (Enter)</translation>
    </message>
    <message>
        <source>%1 has its 1 at index %2, so %3 is row %2 of E: [%4].</source>
        <translation>%1 hat seine 1 bei Index %2, also ist %3 Zeile %2 von E: [%4].</translation>
    </message>
</context>
<context>
    <name>ev::StepToolBar</name>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Back to the first column</source>
        <translation>Zurück zur ersten Spalte</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Undo the latest step</source>
        <translation>Den letzten Schritt rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Step on by itself, at the chosen speed</source>
        <translation>Selbstständig weiterschreiten, im gewählten Tempo</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>Play more slowly</source>
        <translation>Langsamer abspielen</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Schnell&amp;er</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>Schneller abspielen</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Abspieltempo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Step &amp;Through %1</source>
        <translation>%1 &amp;schrittweise</translation>
    </message>
    <message>
        <source>Compute %1 one output column at a time</source>
        <translation>%1 Ausgabespalte für Ausgabespalte berechnen</translation>
    </message>
    <message>
        <source>Compute the next column of %1</source>
        <translation>Die nächste Spalte von %1 berechnen</translation>
    </message>
    <message>
        <source>Step &amp;Toolbar</source>
        <translation>Schritt-&amp;Werkzeugleiste</translation>
    </message>
</context>
</TS>
