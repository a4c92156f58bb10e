<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Figures" kind="index">
<h1>Figures</h1>
<p class="intro">Numbers quoted in the transcripts, with what they count. Each links to its paragraph.</p>
<table class="figures-table">
  <thead><tr><th scope="col">Figure</th><th scope="col">Counts</th><th scope="col">Where</th></tr></thead>
  <tbody>
  <#list content.figures as f>
    <tr><td><a href="${f.uri}">${f.text}</a></td><td>${f.counts}</td><td>${f.interview}, <span class="pid">${f.paragraph}</span></td></tr>
  </#list>
  </tbody>
</table>
</@layout.page>
