import com.fasterxml.jackson.databind.*;
import com.nabaa.text.NewsAnalyzers;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;

public class Dump {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Analyzer ar = NewsAnalyzers.arabic();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(a[0])), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(a[1]), StandardCharsets.UTF_8))) {
            String line; int n = 0;
            while ((line = in.readLine()) != null) {
                JsonNode d = m.readTree(line);
                StringBuilder sb = new StringBuilder();
                for (String para : (d.get("title").asText() + "\n" + d.path("body").asText()).split("\n+")) {
                    if (para.isBlank()) continue;
                    var t = NewsAnalyzers.terms(ar, "text", para);
                    if (t.isEmpty()) continue;
                    sb.append(String.join(" ", t)).append(" | ");
                }
                out.println(sb);
                n++;
            }
            System.err.println(n);
        }
    }
}
