package com.nabaa.text;

// The analyzed words of the shared corpus (the chain before word families), with their counts and
// most common written forms: the input of plural_patterns.py. Run by run.sh.
import java.io.*; import java.util.*; import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.*;
public class PluralVocabulary {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Map<String,Integer> c = new HashMap<>(); Map<String,Map<String,Integer>> surf = new HashMap<>();
        try (var pre = new ArabicNewsAnalyzer(false);
             var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(a[0])), "UTF-8"))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode o = m.readTree(line);
                String text = o.path("title").asText() + "\n" + o.path("body").asText();
                for (String w : text.split("[^\\p{IsArabic}]+")) {
                    if (w.isEmpty()) continue;
                    List<String> t = NewsAnalyzers.terms(pre, "text", w);
                    if (t.size() != 1) continue;
                    c.merge(t.get(0), 1, Integer::sum);
                    surf.computeIfAbsent(t.get(0), k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
            }
        }
        try (var out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(a[1]), "UTF-8"))) {
            c.forEach((k, v) -> { if (v >= 3) {
                var s = surf.get(k).entrySet().stream().sorted((x,y)->y.getValue()-x.getValue()).limit(3).map(e->e.getKey()).toList();
                out.println(k + "\t" + v + "\t" + String.join(",", s)); }});
        }
    }
}
