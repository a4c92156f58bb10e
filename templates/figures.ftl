<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/listing.ftl" as listing>
<#assign root = content.rootpath!"">
<@layout.page title=content.title kind="index">
<h1>Figures<#if (content.pager.page > 1)> <span class="muted">page ${content.pager.page} of ${content.pager.pages}</span></#if></h1>
<p class="intro">Numbers quoted in the transcripts, with what they count, newest transcript first (${content.total_text}). Each links to its paragraph.</p>
<table class="figures-table">
  <thead><tr><th scope="col">Figure</th><th scope="col">Counts</th><th scope="col">Where</th></tr></thead>
  <tbody>
  <#list content.figures as f>
    <tr><td><a href="${root}${f.uri}">${f.text}</a></td><td>${f.counts}</td><td>${f.interview}, <span class="pid">${f.paragraph}</span></td></tr>
  </#list>
  </tbody>
</table>
<@listing.pager p=content.pager root=root/>
</@layout.page>
